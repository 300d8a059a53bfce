#!/bin/bash
# Installs the Debian packages XP Graph builds against and runs with.
set -euo pipefail

packages=(
    libmicrohttpd-dev libcurl4-openssl-dev libpq-dev libhiredis-dev libssl-dev zlib1g-dev
    libargon2-dev postgresql redis-server node-graphql node-typescript python3
)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done

if ((${#missing[@]})); then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi
