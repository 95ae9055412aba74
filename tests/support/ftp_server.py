#!/usr/bin/python3
"""A small FTP (or explicit FTPS) server for the tests, on 127.0.0.1 and a free port.

Prints the port on the first line of standard output once it listens, then serves until killed.
Every command it receives is appended to --log (PASS without its argument), so a test can tell
that a download was resumed with REST. Fault injection:
  --cut-after N   the data connection of the first RETR is closed after N bytes
  --rate B        files are sent at B bytes per second at most
  --tls DIR       explicit FTPS (AUTH TLS required, data encrypted too) with a self-signed
                  certificate for 127.0.0.1 written to DIR/cert.pem (key DIR/key.pem)
Needs Debian's python3-pyftpdlib (run it with /usr/bin/python3).
"""
import argparse
import logging
import os
import subprocess
import sys

from pyftpdlib.authorizers import DummyAuthorizer
from pyftpdlib.handlers import DTPHandler, FTPHandler, ThrottledDTPHandler
from pyftpdlib.servers import FTPServer


def make_certificate(folder):
    cert = os.path.join(folder, "cert.pem")
    key = os.path.join(folder, "key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", key, "-out", cert],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", required=True)
    parser.add_argument("--user", default="u")
    parser.add_argument("--password", default="p")
    parser.add_argument("--anonymous", action="store_true")
    parser.add_argument("--log", required=True)
    parser.add_argument("--cut-after", type=int, default=-1)
    parser.add_argument("--rate", type=int, default=0)
    parser.add_argument("--tls", default="")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)

    log = open(args.log, "a", buffering=1)
    state = {"cut_pending": args.cut_after >= 0}

    authorizer = DummyAuthorizer()
    authorizer.add_user(args.user, args.password, args.root, perm="elr")
    if args.anonymous:
        authorizer.add_anonymous(args.root)

    if args.tls:
        from pyftpdlib.handlers import TLS_DTPHandler, TLS_FTPHandler
        base_handler, base_dtp = TLS_FTPHandler, TLS_DTPHandler
    else:
        base_handler = FTPHandler
        base_dtp = ThrottledDTPHandler if args.rate > 0 else DTPHandler

    class CuttingDTP(base_dtp):
        """Sends at most --cut-after bytes of the first RETR, then drops the data connection."""
        cuts = None   # decided at the first send: the connection is opened before the command

        def readable(self):
            # pyftpdlib closes a data connection that is readable before its transfer command,
            # taking it for a disconnect; a TLS client (libcurl) starts the handshake right away.
            if not self._initialized and getattr(self, "_ssl_accepting", False):
                return True
            return super().readable()

        def send(self, data):
            if self.cuts is None:
                self.cuts = state["cut_pending"] and self.cmd_channel.last_cmd == "RETR"
                if self.cuts:
                    state["cut_pending"] = False
            if self.cuts:
                left = args.cut_after - self.tot_bytes_sent
                if left <= 0:
                    self.cuts = False
                    self.handle_close()
                    return 0
                data = data[:left]
            return super().send(data)

    if args.rate > 0 and not args.tls:
        CuttingDTP.read_limit = 0
        CuttingDTP.write_limit = args.rate

    class LoggingHandler(base_handler):
        use_sendfile = False
        last_cmd = ""

        def pre_process_command(self, line, cmd, arg):
            self.last_cmd = cmd
            log.write((cmd if cmd == "PASS" else line) + "\n")
            return super().pre_process_command(line, cmd, arg)

    LoggingHandler.authorizer = authorizer
    LoggingHandler.dtp_handler = CuttingDTP
    LoggingHandler.banner = "test server ready"
    if args.tls:
        LoggingHandler.certfile, LoggingHandler.keyfile = make_certificate(args.tls)
        LoggingHandler.tls_control_required = True
        LoggingHandler.tls_data_required = True

    if args.tls:
        # libcurl resumes the control connection's TLS session on the data connection.
        context = LoggingHandler.get_ssl_context()
        context.set_session_id(b"eoc-test")
        LoggingHandler.ssl_context = context

    server = FTPServer(("127.0.0.1", 0), LoggingHandler)
    sys.stdout.write("%d\n" % server.address[1])
    sys.stdout.flush()
    server.serve_forever()


if __name__ == "__main__":
    main()
