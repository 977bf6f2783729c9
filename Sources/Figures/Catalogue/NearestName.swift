/// The closest valid name to a mistyped one, for "did you mean …?" messages.
public enum NearestName {
    /// The candidate with the smallest edit distance to `name` (ties: the first in `candidates`), if it is
    /// close enough to be a plausible typo: at most 3 edits and less than half the name's length; nil otherwise.
    public static func suggestion(for name: String, among candidates: [String]) -> String? {
        let scored = candidates.map { (candidate: $0, distance: editDistance(name.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.distance < $1.distance }) else { return nil }
        let prefixMatch = candidates.first { $0.hasPrefix(name) && name.count >= 3 }
        if let prefixMatch, best.distance > 1 { return prefixMatch }
        guard best.distance <= 3, best.distance * 2 < max(name.count, 2) + 1 else { return nil }
        return best.candidate
    }

    /// The Damerau–Levenshtein (optimal string alignment) distance: insertions, deletions, substitutions and
    /// transpositions of neighbours each cost 1.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, table[i - 2][j - 2] + 1)
                }
                table[i][j] = best
            }
        }
        return table[a.count][b.count]
    }
}
