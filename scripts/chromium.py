"""One headless Chromium and one page, driven over the DevTools pipe (standard library only, no websocket
module): the driver check-player.py and serve-check.py share.
"""
import base64, json, os, subprocess, tempfile, time


class Chromium:
    """One headless Chromium and one page, spoken to over the DevTools pipe (fd 3 in, fd 4 out)."""

    def __init__(self, width=900, height=900):
        to_browser_r, self.to_browser = os.pipe()
        self.from_browser, from_browser_w = os.pipe()

        def wire():
            os.dup2(to_browser_r, 3)
            os.dup2(from_browser_w, 4)

        self.profile = tempfile.TemporaryDirectory(prefix="chromium-")
        self.process = subprocess.Popen(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
             "--hide-scrollbars", f"--user-data-dir={self.profile.name}", f"--window-size={width},{height}",
             "about:blank"],
            preexec_fn=wire, pass_fds=(3, 4, to_browser_r, from_browser_w),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.pending, self.last_id, self.events, self.session = b"", 0, [], None
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self.send("Runtime.enable")

    def send(self, method, params=None):
        self.last_id += 1
        message = {"id": self.last_id, "method": method, "params": params or {}}
        if self.session:
            message["sessionId"] = self.session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        while True:
            while b"\0" not in self.pending:
                chunk = os.read(self.from_browser, 1 << 20)
                if not chunk:
                    raise RuntimeError("chromium closed the DevTools pipe")
                self.pending += chunk
            raw, self.pending = self.pending.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self.last_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def eval(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait(self, expression, timeout=10.0, interval=0.02):
        """Evaluates `expression` until it is truthy; returns its value, or None after `timeout` seconds."""
        deadline = time.time() + timeout
        while True:
            try:
                value = self.eval(expression)
            except RuntimeError:
                value = None
            if value or time.time() > deadline:
                return value
            time.sleep(interval)

    def mouse(self, kind, x, y, pressed=False):
        """One mouse event (kind: mousePressed, mouseMoved, mouseReleased) at (x, y), the left button."""
        held = kind == "mousePressed" or (kind == "mouseMoved" and pressed)
        self.send("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left",
                                               "buttons": 1 if held else 0,
                                               "clickCount": 0 if kind == "mouseMoved" else 1})

    def key(self, key, code, key_code, text=None):
        base = {"key": key, "code": code, "windowsVirtualKeyCode": key_code}
        self.send("Input.dispatchKeyEvent", dict(base, type="keyDown", **({"text": text} if text else {})))
        self.send("Input.dispatchKeyEvent", dict(base, type="keyUp"))

    def screenshot(self, path, dark):
        scheme = "dark" if dark else "light"
        self.send("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
        time.sleep(0.2)
        with open(path, "wb") as out:
            out.write(base64.b64decode(self.send("Page.captureScreenshot", {"format": "png"})["data"]))

    def close(self):
        try:
            self.session = None
            self.send("Browser.close")
        except (RuntimeError, OSError):
            pass
        self.process.wait(timeout=10)
        self.profile.cleanup()


def split_shots(arguments):
    """The command line's arguments without `--shots DIR`, and DIR (None without it): the checks' common option."""
    arguments = list(arguments)
    if "--shots" not in arguments:
        return arguments, None
    at = arguments.index("--shots")
    shots = arguments[at + 1] if at + 1 < len(arguments) else None
    del arguments[at:at + 2]
    return arguments, shots
