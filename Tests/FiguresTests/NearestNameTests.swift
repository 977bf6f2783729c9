import Figures
import Testing

@Suite("Nearest-name suggestions")
struct NearestNameTests {
    @Test func typosFindTheFigure() {
        #expect(NearestName.suggestion(for: "sigmiod", among: Catalogue.ids) == "sigmoid")
        #expect(NearestName.suggestion(for: "tangnet", among: Catalogue.ids) == "tangent")
        #expect(NearestName.suggestion(for: "function1", among: Catalogue.ids) == "function-1")
        #expect(NearestName.suggestion(for: "step", among: Catalogue.ids) == "step-function")
    }

    @Test func unrelatedNamesGetNoSuggestion() {
        #expect(NearestName.suggestion(for: "banana", among: Catalogue.ids) == nil)
        #expect(NearestName.suggestion(for: "x", among: ["lr", "steps"]) == nil)
    }

    @Test func editDistance() {
        #expect(NearestName.editDistance("kitten", "sitting") == 3)
        #expect(NearestName.editDistance("ab", "ba") == 1)
        #expect(NearestName.editDistance("", "abc") == 3)
        #expect(NearestName.editDistance("same", "same") == 0)
    }

    @Test func unknownFigureMessageIsOneLine() {
        let message = Catalogue.unknownFigureMessage("sigmiod")
        #expect(
            message == "unknown figure or command 'sigmiod'; did you mean 'sigmoid'? (dlplot list shows every figure)")
        #expect(!message.contains("\n"))
    }
}
