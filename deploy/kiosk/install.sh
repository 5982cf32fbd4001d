#!/bin/sh
# Makes a Debian 12 PC the MOKOKO kiosk, as root: sh deploy/kiosk/install.sh BUNDLE
# BUNDLE: the offline bundle's folder (python tools/kiosk_bundle.py --out BUNDLE, e.g. on a USB stick).
# Afterwards the PC starts the kiosk by itself, full screen under cage, as the user mokoko-kiosk,
# and starts it again if it ever exits. Running it again changes nothing that is already so.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bundle=${1:?give the offline bundle folder (tools/kiosk_bundle.py --out DIR)}
[ "$(id -u)" = 0 ] || { echo "Run it as root (sudo sh $0 $bundle)." >&2; exit 1; }

# 1. Debian's packages, listed once in packages.txt (from the PC's Debian mirror or its DVD).
apt-get install -y --no-install-recommends $(grep -v '^#' "$here/packages.txt" | grep -v '^$')
# The Danish locale, for the on-screen keyboard's layout.
sed -i 's/^# *\(da_DK.UTF-8 UTF-8\)/\1/' /etc/locale.gen && locale-gen

# 2. The kiosk's own user: no password, no shell; may use the screen, touch, sound and printers.
id mokoko-kiosk >/dev/null 2>&1 || useradd --system --create-home --home-dir /var/lib/mokoko-kiosk \
    --shell /usr/sbin/nologin --groups video,render,input,audio,lp mokoko-kiosk
install -d -o mokoko-kiosk -g mokoko-kiosk -m 0700 /var/lib/mokoko-kiosk/data

# 3. The program, from the bundle alone (no network). The kiosk's user owns it, so that staff can
#    install the version city hall offers from the staff panel (README, "Updates").
#    Run again with a newer bundle, it installs that version beside the one there, on trial.
sh "$bundle/install.sh" /opt/mokoko-kiosk /var/lib/mokoko-kiosk/data/mokoko.sqlite3
chown -R mokoko-kiosk:mokoko-kiosk /opt/mokoko-kiosk
# A USB stick is mounted read-only under /run/media/system/ when it is put in (for updates).
install -m 0644 "$here/99-mokoko-usb.rules" /etc/udev/rules.d/99-mokoko-usb.rules
udevadm control --reload 2>/dev/null || true

# 4. The session: cage on tty1, logged in by itself, nothing else reachable.
install -m 0644 "$here/mokoko-kiosk.service" /etc/systemd/system/mokoko-kiosk.service
install -m 0644 "$here/pam-mokoko-kiosk" /etc/pam.d/mokoko-kiosk
systemctl disable getty@tty1.service >/dev/null 2>&1 || true
systemctl set-default graphical.target
systemctl daemon-reload
systemctl enable mokoko-kiosk.service

# 5. The screen never blanks: the console's blanking off from the next boot (cage itself never blanks).
if [ -f /etc/default/grub ] && ! grep -q 'consoleblank=0' /etc/default/grub; then
    sed -i 's/^GRUB_CMDLINE_LINUX_DEFAULT="/&consoleblank=0 /' /etc/default/grub && update-grub
fi

echo "Done: the kiosk starts by itself at the next boot (now: systemctl start mokoko-kiosk)."
echo "Printer: add its CUPS queue (README, 'The printer'); staff choose it in the kiosk's set-up."
