import Mustache

/// A chart drawn at build time, followed by the same numbers as a table a reader can
/// open (`<details>`): the table is what a screen reader, a printout or a careful reader
/// gets, the picture is a summary of it.
struct ChartFigure: Sendable {
    enum Drawing: Hashable, Sendable {
        /// Columns over time: the monthly series.
        case columns(labels: [String], values: [Double], unit: String, valueTexts: [String], lastIsSoFar: Bool)
        /// Horizontal bars: kinds of work, compensation.
        case bars(labels: [String], values: [Double], valueTexts: [String])
        /// The Lorenz curve of the shares behind the Gini coefficient.
        case lorenz(shares: [Double])
        /// Small line charts over the same months: the trends.
        case lines(months: [String], lines: [TrendLines.Line], lastIsSoFar: Bool)
    }

    /// Unique within the page (SVG ids are document-wide).
    let id: String
    let title: String
    /// One or two sentences saying what the chart shows, for assistive technology.
    let description: String
    let drawing: Drawing
    let columns: [String]
    let rows: [(head: String, cells: [String])]

    func context() -> [String: Any] {
        [
            "id": id,
            "title": title,
            "description": description,
            "columns": columns.dropFirst().map { $0 },
            "headColumn": columns.first ?? "",
            "rows": rows.map { ["head": $0.head, "cells": $0.cells] as [String: Any] },
            "svg": Picture(figure: self),
        ]
    }

    /// The picture as a page shows it: drawn when a template shows it, and fed to the
    /// page's fingerprint by what `svg` draws it from (`PageFingerprint`) — a project
    /// page has half a dozen charts, and a preview fingerprints every page after an edit.
    struct Picture: MustacheCustomRenderable, MustacheTransformable, Sendable {
        let figure: ChartFigure
        var renderText: String { figure.svg }
        var isNull: Bool { false }
        func transform(_ name: String) -> Any? { renderText.transform(name) }

        func feedSources(into hasher: inout Hasher) {
            hasher.combine(figure.id)
            hasher.combine(figure.title)
            hasher.combine(figure.description)
            hasher.combine(figure.drawing)
        }
    }

    /// The picture, drawn by `Charts/`.
    var svg: String {
        switch drawing {
        case .columns(let labels, let values, let unit, let valueTexts, let lastIsSoFar):
            return ColumnChart(id: id, title: title, description: description, labels: labels, values: values,
                               unit: unit, valueTexts: valueTexts, lastIsSoFar: lastIsSoFar).svg()
        case .bars(let labels, let values, let valueTexts):
            return BarList(id: id, title: title, description: description, labels: labels, values: values,
                           valueTexts: valueTexts).svg()
        case .lorenz(let shares):
            return LorenzCurve(id: id, title: title, description: description, shares: shares).svg()
        case .lines(let months, let lines, let lastIsSoFar):
            return TrendLines(id: id, title: title, description: description, months: months, lines: lines,
                              lastIsSoFar: lastIsSoFar).svg()
        }
    }
}
