#!/bin/sh
# SPDX-FileCopyrightText: 2026 ThingBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes a seed corpus for FuzzCertReader into DIR with the openssl tool: a certificate (PEM, DER, chain, CRLF),
# small keys in every container, a public key and the `openssl ecparam -genkey` bundle. Throw-away keys, made at
# run time so that no private key is ever committed.
set -eu
dir=${1:?usage: make-seeds.sh DIR}
mkdir -p "$dir"
cd "$dir"
pass=pass:fuzz
openssl ecparam -genkey -name prime256v1 -out ec_params.pem 2>/dev/null
openssl pkey -in ec_params.pem -out ec_pkcs8.pem
openssl pkey -in ec_pkcs8.pem -traditional -out ec_sec1.pem
openssl pkcs8 -topk8 -in ec_pkcs8.pem -v2 aes-256-cbc -iter 1000 -passout "$pass" -out ec_pkcs8_enc.pem
openssl ec -in ec_pkcs8.pem -aes256 -passout "$pass" -out ec_legacy_enc.pem 2>/dev/null
openssl pkey -in ec_pkcs8.pem -pubout -out ec_pub.pem
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:1024 -out rsa_pkcs8.pem 2>/dev/null
openssl pkey -in rsa_pkcs8.pem -traditional -out rsa_pkcs1.pem
openssl rsa -in rsa_pkcs8.pem -traditional -des3 -passout "$pass" -out rsa_legacy_enc.pem 2>/dev/null
openssl req -x509 -new -key ec_pkcs8.pem -subj "/CN=fuzz" -days 30 -out cert.pem
openssl x509 -in cert.pem -outform DER -out cert.der
cat cert.pem cert.pem > chain.pem
sed 's/$/\r/' cert.pem > cert_crlf.pem
openssl x509 -in cert.pem -text > cert_text.pem
