#!/bin/sh
# Makes training-images/photos/ from Debian's mate-backgrounds 1.26.0-1 (the twelve photographs of
# usr/share/backgrounds/mate/nature, GPL-2+): 8-bit gray (ITU-R 601 luma), shrunk by area averaging
# so that the long side is 512 px. At 1/3 to 1/5 of the wallpapers' size, their own JPEG artefacts
# are gone, so they serve as clean targets for restoration. Needs apt-get and Debian's python3-pil.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get download mate-backgrounds=1.26.0-1
dpkg-deb -x mate-backgrounds_1.26.0-1_all.deb extracted
mkdir -p "$here/photos"
cp extracted/usr/share/doc/mate-backgrounds/copyright "$here/photos/COPYRIGHT.mate-backgrounds"
/usr/bin/python3 - "$work/extracted/usr/share/backgrounds/mate/nature" "$here/photos" <<'PY'
import pathlib, sys
from PIL import Image
source, target = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
for photo in sorted(source.glob("*.jpg")):
    image = Image.open(photo).convert("L")
    scale = 512 / max(image.size)
    size = (round(image.size[0] * scale), round(image.size[1] * scale))
    image.resize(size, Image.BOX).save(target / (photo.stem.lower() + ".png"), optimize=True)
    print(photo.name, image.size, "->", size)
PY
