#!/bin/sh
# Makes training-images/colour/ for task=colorize from the photographs of two Debian packages, both GPL-2+:
# mate-backgrounds 1.26.0-1 (the twelve of usr/share/backgrounds/mate/nature) and plasma-workspace-wallpapers
# 4:5.27.5-2 (the eleven wallpapers that are photographs; the others are drawn). Kept in colour, shrunk by area
# averaging so that the long side is 384 px. Needs apt-get and Debian's python3-pil.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get download mate-backgrounds=1.26.0-1 plasma-workspace-wallpapers=4:5.27.5-2
dpkg-deb -x mate-backgrounds_1.26.0-1_all.deb mate
dpkg-deb -x plasma-workspace-wallpapers_4%3a5.27.5-2_all.deb plasma
mkdir -p "$here/colour"
cp mate/usr/share/doc/mate-backgrounds/copyright "$here/colour/COPYRIGHT.mate-backgrounds"
cp plasma/usr/share/doc/plasma-workspace-wallpapers/copyright "$here/colour/COPYRIGHT.plasma-workspace-wallpapers"
/usr/bin/python3 - "$work" "$here/colour" <<'PY'
import pathlib, sys
from PIL import Image
work, target = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
photos = [(p, "mate-" + p.stem.lower()) for p in sorted((work / "mate/usr/share/backgrounds/mate/nature").glob("*.jpg"))]
plasma = work / "plasma/usr/share/wallpapers"
for name in ["BytheWater", "ColdRipple", "ColorfulCups", "DarkestHour", "EveningGlow", "FallenLeaf", "Grey", "Kite", "OneStandsOut", "Path", "summer_1am"]:
    images = sorted((plasma / name / "contents/images").glob("*.jpg"), key=lambda p: -Image.open(p).size[0])
    photos.append((images[0], "plasma-" + name.lower()))
for photo, stem in photos:
    image = Image.open(photo).convert("RGB")
    scale = 384 / max(image.size)
    size = (round(image.size[0] * scale), round(image.size[1] * scale))
    image.resize(size, Image.BOX).save(target / (stem + ".png"), optimize=True)
    print(photo.name, image.size, "->", stem, size)
PY
