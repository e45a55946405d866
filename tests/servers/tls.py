"""Makes a throw-away CA and a server certificate for 127.0.0.1/localhost with the openssl CLI."""

from __future__ import annotations

import ssl
from dataclasses import dataclass
from pathlib import Path

from .common import find_binary, run

_EC_KEY = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes")
_SERVER_EXTENSIONS = """\
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1, DNS:localhost
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
"""


@dataclass(frozen=True)
class ServerCertificate:
    """Paths of a server certificate chain; clients trust `ca_file` explicitly."""

    ca_file: Path
    cert_file: Path
    key_file: Path

    def server_context(self) -> ssl.SSLContext:
        """An SSLContext a Python server (aiosmtpd) can use for TLS."""
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert_file, self.key_file)
        return context

    def client_context(self) -> ssl.SSLContext:
        """A verifying client SSLContext that trusts only this test CA."""
        return ssl.create_default_context(cafile=str(self.ca_file))


def make_certificate(directory: Path) -> ServerCertificate:
    """Create a CA and a CA-signed certificate for 127.0.0.1 and localhost in `directory`."""
    openssl = find_binary("openssl")
    directory.mkdir(parents=True, exist_ok=True)
    ca_key, ca_file = directory / "ca.key", directory / "ca.pem"
    run([openssl, "req", "-x509", *_EC_KEY, "-days", "30", "-subj", "/CN=mailtriage test CA",
         "-keyout", str(ca_key), "-out", str(ca_file),
         "-addext", "basicConstraints=critical,CA:TRUE",
         "-addext", "keyUsage=critical,keyCertSign,cRLSign"])
    key_file, csr = directory / "server.key", directory / "server.csr"
    cert_file = directory / "server.pem"
    run([openssl, "req", *_EC_KEY, "-subj", "/CN=127.0.0.1", "-keyout", str(key_file),
         "-out", str(csr)])
    extensions = directory / "server.ext"
    extensions.write_text(_SERVER_EXTENSIONS)
    run([openssl, "x509", "-req", "-in", str(csr), "-CA", str(ca_file), "-CAkey", str(ca_key),
         "-set_serial", "2", "-days", "30", "-extfile", str(extensions), "-out", str(cert_file)])
    return ServerCertificate(ca_file=ca_file, cert_file=cert_file, key_file=key_file)
