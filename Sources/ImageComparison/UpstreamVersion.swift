/// The upstream part of a Debian package version: "2.12.1+dfsg-5+deb12u4" → "2.12.1".
///
/// The fingerprint records upstream versions only. A Debian revision (a security fix, "+deb12u5") does not
/// change how text and lines are drawn, and if one ever did, the pixel comparison would still catch it; recording
/// it would make CI's fresh machine report drift, and compare no image, after every stable update.
public enum UpstreamVersion {
    /// Strips the epoch ("1:"), the Debian revision (after the last "-") and a repack suffix ("+dfsg", "+ds": the
    /// same upstream code, repackaged). A pre-release ("~rc1") is part of the upstream version and stays.
    public static func of(_ debianVersion: String) -> String {
        var version = Substring(debianVersion)
        if let colon = version.firstIndex(of: ":"), version[..<colon].allSatisfy(\.isNumber) {
            version = version[version.index(after: colon)...]
        }
        if let dash = version.lastIndex(of: "-") { version = version[..<dash] }
        for marker in ["+dfsg", "+ds"] {
            if let range = version.range(of: marker) { version = version[..<range.lowerBound] }
        }
        return version.isEmpty ? debianVersion : String(version)
    }
}
