"""Local stand-ins for outside services the tests must never reach over the network."""

import json
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs


class DeepLStandIn(BaseHTTPRequestHandler):
    """Answers like DeepL's ``/v2/translate``: a text found in ``glossary`` gets its entry,
    every other text comes back upper-cased; with ``fail`` set, every request gets a 503.
    ``requests`` records each request's form and ``Authorization`` header."""

    fail = False
    glossary: dict[str, str] = {}
    requests: list[dict] = []

    def do_POST(self):
        form = parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
        DeepLStandIn.requests.append({"form": form, "auth": self.headers.get("Authorization")})
        if DeepLStandIn.fail:
            self.send_response(503)
            self.end_headers()
            return
        texts = [DeepLStandIn.glossary.get(text, text.upper()) for text in form["text"]]
        body = json.dumps({"translations": [{"text": text} for text in texts]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@contextmanager
def deepl_standin(settings, glossary=None):
    """Runs the stand-in on a free loopback port and points wagtail-localize's machine
    translator (our DeepL class) at it for the duration."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), DeepLStandIn)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    DeepLStandIn.fail, DeepLStandIn.requests, DeepLStandIn.glossary = False, [], dict(glossary or {})
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "cms.translations.machine.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": "test-key", "API_URL": f"http://127.0.0.1:{server.server_port}/v2/translate"},
    }
    try:
        yield DeepLStandIn
    finally:
        server.shutdown()
        server.server_close()
