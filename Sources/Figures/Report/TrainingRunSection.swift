import Core
import Foundation

/// The report's account of the training run drawn in figures 4-11 and 4-12: the data, the settings, the
/// numbers a reader checks (first loss against ln 10, the final accuracies, the book's MNIST results for
/// comparison) and the commands that reproduce it.
enum TrainingRunSection {
    /// The `<section id="training-run">` element for `series`, or a note when no series could be read.
    static func html(series: Result<TrainingSeries, TrainingSeriesUnavailable>) -> String {
        var s = """
            <section id="training-run">
            <h2>4.5절 학습 실행 <span class="en" lang="en">— the section 4.5 training run</span></h2>

            """
        switch series {
        case .failure(let error):
            s += "<p class=\"warning\">\(HTML.escape(error.description))</p>\n"
        case .success(let series):
            s +=
                "<p>그림 4-11과 4-12가 그린 실행입니다. <span class=\"en\" lang=\"en\">The run figures 4-11 and 4-12 draw.</span></p>\n"
            s += table(series).html
            s += "<pre><code>dlplot train --seed \(series.settings.seed) --out run.json\n"
            s += "dlplot training-accuracy --series run.json --out acc.png</code></pre>\n"
            s += "<p>\(reproducibility.ko) <span class=\"en\" lang=\"en\">\(reproducibility.en)</span></p>\n"
        }
        return s + "</section>\n"
    }

    /// When a rerun gives the same series: the README's condition, measured on this machine (seed 1 on
    /// Fashion-MNIST, OPENBLAS_CORETYPE=Haswell against OpenBLAS's own choice, Cooperlake).
    static let reproducibility = LocalizedText(
        ko:
            "같은 시드는 같은 OpenBLAS 커널에서 스레드가 하나든 둘이든 비트 단위까지 같은 결과를 냅니다. 다른 커널(OPENBLAS_CORETYPE)에서는 마지막 비트들이 달라져, 손실이 10,000번 반복에서 최대 1.65e-7(처음 600번에서 8.2e-8)까지 차이 납니다. 정확도는 같습니다.",
        en:
            "The same seed gives the same series, bit for bit, with one thread or two, for the same OpenBLAS kernel; another kernel (OPENBLAS_CORETYPE) changes the last bits, up to 1.65e-7 in the losses over the 10,000 iterations (8.2e-8 over the first 600); the accuracies stay the same."
    )

    /// What was trained on and how, and what came out.
    static func table(_ series: TrainingSeries) -> ReportTable {
        var table = ReportTable(headers: [LocalizedText(ko: "항목", en: "item"), LocalizedText(ko: "값", en: "value")])
        let settings = series.settings
        func row(_ ko: String, _ en: String, _ value: String) {
            table.rows.append([
                .init(html: "\(HTML.escape(ko)) <span class=\"en\" lang=\"en\">(\(HTML.escape(en)))</span>"),
                .init(text: value, language: "en"),
            ])
        }
        row(
            "데이터", "data",
            "\(series.dataset.name): \(NumberText.grouped(series.dataset.trainCount)) training, \(NumberText.grouped(series.dataset.testCount)) test images; "
                + "SHA-256 \(series.dataset.sha256.prefix(16))…")
        row(
            "설정", "settings",
            "784-\(settings.hiddenSize)-10, \(NumberText.grouped(settings.iterations)) iterations, batch \(settings.batchSize), "
                + "learning rate \(settings.learningRate), seed \(settings.seed), \(series.precision.rawValue)")
        if let first = series.losses.first {
            row("첫 손실", "first loss", String(format: "%.4f (ln 10 = %.4f)", first, log(10.0)))
        }
        if let last = series.losses.last {
            row("마지막 손실", "last loss", String(format: "%.4f", last))
        }
        if let final = series.accuracies.last {
            row(
                "최종 정확도", "final accuracy",
                String(format: "train %.4f, test %.4f (epoch %d)", final.train, final.test, final.epoch))
        }
        row(
            "책 (MNIST)", "the book, on MNIST",
            "a typical run ends near train 0.947, test 0.946; Fashion-MNIST is harder")
        if let divergence = series.divergence {
            row("발산", "diverged", "at iteration \(divergence.iteration): \(divergence.reason)")
        }
        return table
    }
}
