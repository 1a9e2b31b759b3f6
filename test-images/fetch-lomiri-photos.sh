#!/bin/sh
# Makes test-images/photos/: the fourteen photographs of Debian's lomiri-wallpapers-16.04 20.04.0-2 and
# lomiri-wallpapers-20.04 20.04.0-2 (Ubuntu's wallpaper contest photographs, CC-BY-4.0 or CC-BY-SA-4.0, each
# one's licence and author in PROVENANCE), in colour, shrunk by area averaging so that the long side is 384 px.
# They judge task=colorize on a source no training image comes from. Needs apt-get and Debian's python3-pil.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get download lomiri-wallpapers-16.04=20.04.0-2 lomiri-wallpapers-20.04=20.04.0-2
dpkg-deb -x lomiri-wallpapers-16.04_20.04.0-2_all.deb extracted
dpkg-deb -x lomiri-wallpapers-20.04_20.04.0-2_all.deb extracted
mkdir -p "$here/photos"
cp extracted/usr/share/doc/lomiri-wallpapers-16.04/copyright "$here/photos/COPYRIGHT.lomiri-wallpapers-16.04"
cp extracted/usr/share/doc/lomiri-wallpapers-20.04/copyright "$here/photos/COPYRIGHT.lomiri-wallpapers-20.04"
/usr/bin/python3 - "$work/extracted/usr/share/backgrounds" "$here/photos" <<'PY'
import pathlib, sys
from PIL import Image
source, target = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
names = ["Bridge_by_Sander_Klootwijk", "Dragonfly_by_Bolly", "Picture_0B_by_freespace", "Picture_1A_by_freespace",
         "Wine_by_Jakkub_Mede", "aitzgorri_by_Aitzol_Berasategi", "free_by_Peter_Nerlich", "friends_by_Aitzol_Berasategi",
         "greentock_by_Peter_Nerlich", "life_by_Aitzol_Berasategi", "picosdeeuropa_by_Aitzol_Berasategi",
         "seeding_by_Clements_Engelhardt", "sunset_by_Aitzol_Berasategi", "Kleiber_by_Lukas_Baubkus"]
for name in names:
    image = Image.open(source / (name + ".jpg")).convert("RGB")
    scale = 384 / max(image.size)
    size = (round(image.size[0] * scale), round(image.size[1] * scale))
    image.resize(size, Image.BOX).save(target / (name.split("_by_")[0].lower() + ".png"), optimize=True)
    print(name, image.size, "->", size)
PY
