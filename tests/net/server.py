#!/usr/bin/env python3
# The network tests' own HTTP server: 127.0.0.1 only, on a free port that
# it writes to the file named by its first argument, serving the cases
# tests/net/run.sh needs (redirect chains, a slow reply, charsets, errors,
# big and compressed bodies, other content types). It stops by itself
# after LIFETIME seconds so that no test run can leave it behind.
import gzip
import http.server
import os
import sys
import threading
import time

LIFETIME = 120

PAGE = ("<!DOCTYPE html><html><head><title>{title}</title></head><body>"
        "<article><h1>{title}</h1><p>{body}</p>"
        "<p>A second paragraph, so that the importer has an article to "
        "find and keep.</p></article></body></html>")

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Local feed</title>
<link>http://127.0.0.1/</link><description>Test</description>
<item><title>One</title><link>/one</link><guid>1</guid></item>
<item><title>Two</title><link>/two</link><guid>2</guid></item>
</channel></rss>
"""

# The feed screen's feed: items whose links are articles on this server
# (the port is filled in per request), one with escape bytes in its title.
NEWS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Local news</title>
<link>{base}/</link><description>Test</description>
<item><title>Erster Artikel</title><link>{base}/article/1</link>
<guid>a1</guid><pubDate>Tue, 02 Jan 2024 10:00:00 +0100</pubDate></item>
<item><title>Zweiter \x1b[31mArtikel</title><link>{base}/article/2</link>
<guid>a2</guid></item>
<item><title>Kaputt</title><link>{base}/missing</link><guid>a3</guid></item>
</channel></rss>
"""

ARTICLE = ("<!DOCTYPE html><html><head><title>{title}</title>"
           "<link rel=\"canonical\" href=\"http://news.example/{n}\">"
           "</head><body><article><h1>{title}</h1>"
           "<p>Die Regierung hat am Dienstag einen Entwurf vorgelegt. Er "
           "l\u00e4sst viele Fragen offen, sagen Kritiker.</p>"
           "<p>Ein zweiter Absatz, damit der Import einen Artikel findet "
           "und ihn behalten kann.</p></article></body></html>")


def page(title, body):
    return PAGE.format(title=title, body=body)


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, *args):
        pass

    def send(self, code, ctype, body, headers=()):
        self.send_response(code)
        if ctype is not None:
            self.send_header("Content-Type", ctype)
        for k, v in headers:
            self.send_header(k, v)
        if body is not None:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body is not None:
            self.wfile.write(body)

    def html(self, title, body, charset="utf-8"):
        data = page(title, body).encode("utf-8")
        self.send(200, "text/html; charset=" + charset, data)

    def do_GET(self):
        path = self.path
        if path.startswith("/redirect/"):
            n = int(path.rsplit("/", 1)[1])
            if n == 0:
                self.html("Arrived", "The end of the redirect chain.")
            else:
                self.send(302, None, b"",
                          [("Location", "/redirect/%d" % (n - 1))])
            return
        if path.startswith("/article/"):
            n = path.rsplit("/", 1)[1]
            data = ARTICLE.format(title="Artikel " + n, n=n)
            self.send(200, "text/html; charset=utf-8", data.encode())
            return
        route = getattr(self, "route_" + path.strip("/").replace("-", "_"),
                        None)
        if route is None:
            self.send(404, "text/html", page("Not found", "No.").encode())
            return
        route()

    def route_page(self):
        self.html("Hello", "Plain page, caf\u00e9.")

    def route_ua(self):
        self.html("Agent", "You are " + self.headers.get("User-Agent", ""))

    def route_slow(self):
        time.sleep(5)
        self.html("Slow", "Too late.")

    def route_latin1_header(self):
        # Declared in the header only, and the bytes really are Latin-1.
        data = page("Latin", "Gr\u00fc\u00dfe aus K\u00f6ln.")
        self.send(200, "text/html; charset=ISO-8859-1",
                  data.encode("latin-1"))

    def route_cyrillic_header(self):
        # Only the header tells windows-1251 from the windows-1252 guess.
        data = page("Cyrillic", "\u041f\u0440\u0438\u0432\u0435\u0442 "
                    "\u0438\u0437 \u041c\u043e\u0441\u043a\u0432\u044b.")
        self.send(200, "text/html; charset=\"windows-1251\"",
                  data.encode("cp1251"))

    def route_latin1_bare(self):
        # No charset anywhere; the bytes are Latin-1.
        data = page("Bare", "Gr\u00fc\u00dfe aus K\u00f6ln.")
        self.send(200, "text/html", data.encode("latin-1"))

    def route_wrong_charset(self):
        # The header says Latin-1 but the bytes are UTF-8.
        data = page("Wrong", "Gr\u00fc\u00dfe aus K\u00f6ln.")
        self.send(200, "text/html; charset=iso-8859-1",
                  data.encode("utf-8"))

    def route_error500(self):
        self.send(500, "text/html", page("Oops", "Broken.").encode())

    def route_big(self):
        self.send(200, "text/html", b"<html><body>" + b"x" * 2000000)

    def route_big_chunked(self):
        # No Content-Length: only the running count can stop it.
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(b"<html><body>")
        for _ in range(64):
            self.wfile.write(b"y" * 65536)

    def route_gzip(self):
        if "gzip" not in self.headers.get("Accept-Encoding", ""):
            self.send(406, "text/plain", b"gzip wanted")
            return
        data = gzip.compress(page("Zipped", "Compressed body.").encode())
        self.send(200, "text/html; charset=utf-8", data,
                  [("Content-Encoding", "gzip")])

    def route_image(self):
        self.send(200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64)

    def route_feed(self):
        self.send(200, "application/rss+xml", FEED.encode())

    def route_news(self):
        base = "http://%s:%d" % self.server.server_address[:2]
        self.send(200, "application/rss+xml",
                  NEWS.format(base=base).encode())

    def route_to_file(self):
        self.send(302, None, b"", [("Location", "file:///etc/passwd")])

    def route_empty(self):
        self.send(200, "text/html", b"")


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # The client hanging up (a size cap, a timeout) is what the tests
        # provoke, not an error worth a traceback.
        pass


def serve(server, portfile):
    with open(portfile + ".tmp", "w") as f:
        f.write(str(server.server_address[1]))
    os.rename(portfile + ".tmp", portfile)
    threading.Timer(LIFETIME, server.shutdown).start()
    server.serve_forever()


def main():
    # With a certificate and key, a second server speaks TLS with it (a
    # self-signed one, which the client must refuse).
    if len(sys.argv) > 3:
        import ssl
        tls = Server(("127.0.0.1", 0), Handler)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(sys.argv[2], sys.argv[3])
        tls.socket = ctx.wrap_socket(tls.socket, server_side=True)
        threading.Thread(target=serve, args=(tls, sys.argv[1] + ".tls"),
                         daemon=True).start()
    serve(Server(("127.0.0.1", 0), Handler), sys.argv[1])


if __name__ == "__main__":
    main()
