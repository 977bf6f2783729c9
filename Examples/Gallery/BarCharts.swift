import Plotting

enum BarCharts {
    static let charts = [
        GalleryChart("bar", title: "Bar chart", matplotlib: "ax.bar(fruits, counts)") {
            // gallery: bar
            let fruits = ["apple", "blueberry", "cherry", "orange"]
            let counts = [40, 100, 30, 55]  // integers plot as they are
            return Figure(
                Axes(title: "Fruit supply by kind", yLabel: "fruit supply") {
                    BarMark(categories: fruits, values: counts)
                })
            // end
        },
        GalleryChart(
            "grouped-bars", title: "Grouped bars",
            matplotlib: "ax.bar(x - w/2, men, w, label='men'); ax.bar(x + w/2, women, w, label='women')"
        ) {
            // gallery: grouped-bars
            let groups = ["G1", "G2", "G3", "G4", "G5"]
            let bars = BarMark.grouped(
                categories: groups,
                series: [
                    BarSeries("men", [20, 34, 30, 35, 27]),
                    BarSeries("women", [25, 32, 34, 20, 25]),
                ])
            return Figure(Axes(marks: bars, title: "Scores by group", yLabel: "score", legend: .upperLeft))
            // end
        },
        GalleryChart(
            "stacked-barh", title: "Stacked horizontal bars",
            matplotlib: "ax.barh(days, done); ax.barh(days, left, left=done)"
        ) {
            // gallery: stacked-barh
            let days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
            let bars = BarMark.stacked(
                categories: days,
                series: [BarSeries("done", [5, 7, 3, 8, 6]), BarSeries("left", [3, 1, 4, 2, 2])],
                orientation: .horizontal)
            return Figure(Axes(marks: bars, title: "Tasks", xLabel: "tasks", legend: .lowerRight))
            // end
        },
    ]
}
