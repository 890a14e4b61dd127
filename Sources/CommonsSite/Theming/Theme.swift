import CommonsModel
import CommonsSupport
import Mustache

/// The parsed templates and the stylesheet of a theme. Templates are parsed once; every
/// page then renders from the same library, on any thread.
struct Theme: @unchecked Sendable {
    let library: MustacheLibrary
    /// `style.css`, published at the site root.
    let stylesheet: String?
    /// `favicon.svg`'s path: the site's icon when the commons' assets have none.
    var icon: String?
    /// The fragments one drawing of which serves every depth (`FragmentDrawings`).
    let fragmentsForAllDepths: Set<String>
    /// What each template's drawings depend on besides their values, by name
    /// (`PageFingerprint`).
    var fingerprints: [String: TemplateFingerprint] = [:]

    /// Reads `*.mustache`, `style.css` and `favicon.svg` from the folders, later folders replacing earlier
    /// ones file by file. Syntax errors come back as diagnostics at the template's line
    /// and column, and so does every name a template reads that the theme contract does
    /// not give it (a warning).
    static func load(_ folders: ThemeFolders) -> (theme: Theme?, diagnostics: [Diagnostic]) {
        let (theme, diagnostics) = parse(folders)
        // The theme's paths are as the user named its folder, not inside the content.
        return (theme, diagnostics.map { $0.pathFromWorkingDirectory() })
    }

    private static func parse(_ folders: ThemeFolders) -> (theme: Theme?, diagnostics: [Diagnostic]) {
        guard let defaultTheme = folders.defaultTheme else {
            return (nil, [.error("Templates", "the default theme was not found (it ships with the commons binary, in commons_CommonsSite.resources/Theme beside it or in ../share/commons/Theme); reinstall commons or pass --templates DIR with a complete theme")])
        }
        var files: [String: String] = [:]
        var stylesheet: String?
        var icon: String?
        for folder in [defaultTheme, folders.overrides].compactMap({ $0 }) {
            for entry in FileSystem.entries(folder) {
                let path = folder + "/" + entry
                if entry.hasSuffix(".mustache") {
                    files[String(entry.dropLast(".mustache".count))] = path
                } else if entry == "style.css" {
                    stylesheet = path
                } else if entry == "favicon.svg" {
                    icon = path
                }
            }
        }
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        var texts: [String: (path: String, text: String)] = [:]
        _ = HTMLEscaping.registered
        for (name, path) in files.sorted(by: { $0.key < $1.key }) {
            guard let text = FileSystem.readText(path) else {
                diagnostics.append(.error(path, "cannot read the template"))
                continue
            }
            texts[name] = (path, text)
            do {
                // Every template escapes with HTMLEscaping without having to say so. The
                // pragma stands on a line of its own, which Mustache drops from the output;
                // line numbers in errors are one more than the file's.
                library.register(try MustacheTemplate(string: HTMLEscaping.pragma + "\n" + text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                let context = error.context
                diagnostics.append(Diagnostic(.error, path, line: max(1, context.lineNumber - 1), column: context.columnNumber,
                                              "template syntax: \(Theme.explain(error.error)) in '\(trimmed(context.line))'"))
            } catch {
                diagnostics.append(.error(path, "template syntax: \(error)"))
            }
        }
        let required = ["layout"] + Fragment.all.map(\.template) + ThemeContract.pages.map(\.template)
        for name in required where files[name] == nil {
            diagnostics.append(.error(defaultTheme + "/" + name + ".mustache", "the theme has no '\(name)' template"))
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        diagnostics += TemplateCheck(templates: texts).warnings()
        let css = stylesheet.flatMap(FileSystem.readText)
        let textsByName = texts.mapValues(\.text)
        let forAllDepths = Fragment.all.map(\.template).filter { Fragment.showsRootOnlyAsText($0, templates: textsByName) }
        return (Theme(library: library, stylesheet: css, icon: icon, fragmentsForAllDepths: Set(forAllDepths),
                      fingerprints: TemplateFingerprint.all(textsByName)), diagnostics)
    }

    func render(_ template: String, _ context: Any) -> String {
        library.render(context, withTemplate: template) ?? ""
    }

    /// A template drawn once and inserted on a line of its own by other templates (the
    /// header, a table row), which ends in a newline already: without its final newline.
    func renderBlock(_ template: String, _ context: Any) -> String {
        var html = render(template, context)
        // In place: `String(html.dropLast())` would count the Characters of the copy.
        if html.hasSuffix("\n") { html.removeLast() }
        return html
    }

    static func explain(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: return "a section is closed with a different name than it was opened with"
        case .unfinishedName: return "a tag is not closed with }}"
        case .expectedSectionEnd: return "a section is opened but never closed"
        case .invalidSetDelimiter: return "a set-delimiter tag is malformed"
        case .transformAppliedToInheritanceSection: return "a transform is applied to an inheritance section"
        case .illegalTokenInsideInheritSection, .textInsideInheritSection:
            return "only {{$block}} sections may appear inside a {{<parent}} section"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: return "a {{% … }} setting is not understood"
        case nil: return "\(error)"
        }
    }
}

/// A template line as a diagnostic quotes it: without its indentation.
private func trimmed(_ line: String) -> String {
    var view = Substring(line)
    while let first = view.first, first == " " || first == "\t" { view.removeFirst() }
    while let last = view.last, last == " " || last == "\t" || last == "\r" { view.removeLast() }
    return String(view)
}
