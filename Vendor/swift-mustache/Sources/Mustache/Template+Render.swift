//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

import Foundation

extension MustacheTemplate {
    /// Render template using object
    /// - Parameters:
    ///   - stack: Object
    ///   - context: Context that render is occurring in. Contains information about position in sequence
    ///   - indentation: indentation of partial
    /// - Returns: Rendered text
    func render(context: MustacheContext) -> String {
        var string = ""
        self.render(context: context, into: &string)
        return string
    }

    /// commons patch 6: a template renders at the end of the text its caller is writing,
    /// sections and partials included, rather than into a string of its own that the
    /// caller then copies: a page's text is copied once, not once per level of nesting.
    func render(context: MustacheContext, into out: inout String) {
        var context = context

        if let indentation = context.indentation, indentation != "" {
            var string = ""
            for token in tokens {
                let renderedString = self.renderToken(token, context: &context)
                // if rendered string is not empty and we are on a new line
                if renderedString.count > 0, string.last == "\n" {
                    string += indentation
                }
                string += renderedString
            }
            out += string
        } else {
            // commons patch 10: each token is read in place; `for token in tokens` copied
            // every token (retaining the text and names it holds) and released the copy.
            for index in tokens.indices {
                self.renderToken(tokens[index], context: &context, into: &out)
            }
        }
    }

    func renderToken(_ token: Token, context: inout MustacheContext) -> String {
        var string = ""
        self.renderToken(token, context: &context, into: &string)
        return string
    }

    func renderToken(_ token: Token, context: inout MustacheContext, into out: inout String) {
        switch token {
        case .text(let text):
            out += text

        case .variable(let variable, let transforms):
            if let child = getChild(named: variable, transforms: transforms, context: context) {
                // commons patch: a custom renderable, the common case, is asked for first
                // (patch 5: through its type's conformances).
                if let renderable = TypeConformances.renderable(child) {
                    out += context.contentType.escapeText(renderable.renderText)
                } else if let string = TypeConformances.exactly(child, as: String.self) {
                    // commons patch 9: a string, which is neither of the two below and shows
                    // as itself; each type found by comparing it, not by a cast.
                    out += context.contentType.escapeText(string)
                } else if let template = TypeConformances.exactly(child, as: MustacheTemplate.self) {
                    template.render(context: context, into: &out)
                } else if let lambda = TypeConformances.exactly(child, as: MustacheLambda.self) {
                    out += self.renderLambda(lambda, parameter: "", context: context)
                } else {
                    out += context.contentType.escapeText(String(describing: unwrapIfAnyContainsOptional(child)))
                }
            }

        case .unescapedVariable(let variable, let transforms):
            if let child = getChild(named: variable, transforms: transforms, context: context) {
                if let renderable = TypeConformances.renderable(child) {  // commons patch 5
                    out += renderable.renderText
                } else if let string = TypeConformances.exactly(child, as: String.self) {  // patch 9
                    out += string
                } else if let lambda = TypeConformances.exactly(child, as: MustacheLambda.self) {
                    out += self.renderUnescapedLambda(lambda, parameter: "", context: context)
                } else {
                    out += String(describing: unwrapIfAnyContainsOptional(child))
                }
            }

        case .section(let variable, let transforms, let template):
            let child = self.getChild(named: variable, transforms: transforms, context: context)
            if let child, let lambda = TypeConformances.exactly(child, as: MustacheLambda.self) {  // patch 9
                out += self.renderUnescapedLambda(lambda, parameter: template.text, context: context)
            } else {
                self.renderSection(child, with: template, context: context, into: &out)
            }

        case .invertedSection(let variable, let transforms, let template):
            let child = self.getChild(named: variable, transforms: transforms, context: context)
            self.renderInvertedSection(child, with: template, context: context, into: &out)

        case .blockExpansion(let name, let defaultTemplate, let indented):
            if let override = context.inherited?[name] {
                override.render(context: context.withBlockExpansion(indented: indented), into: &out)
            } else {
                defaultTemplate.render(context: context.withBlockExpansion(indented: indented), into: &out)
            }

        case .partial(let name, let indentation, let overrides):
            if var template = context.library?.getTemplate(named: name) {
                #if DEBUG
                if context.reloadPartials {
                    guard let filename = template.filename else {
                        preconditionFailure("Can only use reload if template was generated from a file")
                    }
                    do {
                        guard let partialTemplate = try MustacheTemplate(filename: filename) else {
                            out += "Cannot find template at \(filename)"
                            return
                        }
                        template = partialTemplate
                    } catch {
                        out += "\(error)"
                        return
                    }
                }
                #endif
                template.render(context: context.withPartial(indented: indentation, inheriting: overrides), into: &out)
            }

        case .dynamicNamePartial(let name, let indentation, let overrides):
            let child = self.getChild(named: name, transforms: [], context: context)
            guard let childName = child as? String else {
                return
            }
            if var template = context.library?.getTemplate(named: childName) {
                #if DEBUG
                if context.reloadPartials {
                    guard let filename = template.filename else {
                        preconditionFailure("Can only use reload if template was generated from a file")
                    }
                    do {
                        guard let partialTemplate = try MustacheTemplate(filename: filename) else {
                            out += "Cannot find template at \(filename)"
                            return
                        }
                        template = partialTemplate
                    } catch {
                        out += "\(error)"
                        return
                    }
                }
                #endif
                template.render(context: context.withPartial(indented: indentation, inheriting: overrides), into: &out)
            }

        case .contentType(let contentType):
            context = context.withContentType(contentType)

        case .blockDefinition:
            fatalError("Should not be rendering block definitions")
        }
    }

    /// Render a section
    /// - Parameters:
    ///   - child: Object to render section for
    ///   - parent: Current object being rendered
    ///   - template: Template to render with
    /// - Returns: Rendered text
    func renderSection(_ child: Any?, with template: MustacheTemplate, context: MustacheContext) -> String {
        var string = ""
        self.renderSection(child, with: template, context: context, into: &string)
        return string
    }

    func renderSection(_ child: Any?, with template: MustacheTemplate, context: MustacheContext, into out: inout String) {
        // commons patch 5: the same cases in the same order, asked of the value's type.
        guard let child else { return }
        if let array = TypeConformances.sequence(child) {
            array.renderSection(with: template, context: context, into: &out)
        } else if let bool = TypeConformances.exactly(child, as: Bool.self) {  // patch 9
            if bool { template.render(context: context, into: &out) }
        } else if let null = TypeConformances.renderable(child), null.isNull {
            return
        } else {
            template.render(context: context.withObject(child), into: &out)
        }
    }

    /// Render an inverted section
    /// - Parameters:
    ///   - child: Object to render section for
    ///   - parent: Current object being rendered
    ///   - template: Template to render with
    /// - Returns: Rendered text
    func renderInvertedSection(_ child: Any?, with template: MustacheTemplate, context: MustacheContext, into out: inout String) {
        // commons patch 5: the same cases in the same order, asked of the value's type.
        guard let child else { return template.render(context: context, into: &out) }
        if let array = TypeConformances.sequence(child) {
            array.renderInvertedSection(with: template, context: context, into: &out)
        } else if let bool = TypeConformances.exactly(child, as: Bool.self) {  // patch 9
            if !bool { template.render(context: context, into: &out) }
        } else if let null = TypeConformances.renderable(child), null.isNull {
            template.render(context: context, into: &out)
        }
    }

    func renderLambda(_ lambda: MustacheLambda, parameter: String, context: MustacheContext) -> String {
        var lambda = lambda
        while true {
            guard let result = lambda(parameter) else { return "" }
            if let string = result as? String {
                do {
                    let newTemplate = try MustacheTemplate(string: context.contentType.escapeText(string))
                    return self.renderSection(context.stack.last, with: newTemplate, context: context)
                } catch {
                    return ""
                }
            } else if let lambda2 = result as? MustacheLambda {
                lambda = lambda2
                continue
            } else {
                return context.contentType.escapeText(String(describing: unwrapIfAnyContainsOptional(result)))
            }
        }
    }

    func renderUnescapedLambda(_ lambda: MustacheLambda, parameter: String, context: MustacheContext) -> String {
        var lambda = lambda
        while true {
            guard let result = lambda(parameter) else { return "" }
            if let string = result as? String {
                do {
                    let newTemplate = try MustacheTemplate(string: string)
                    return self.renderSection(context.stack.last, with: newTemplate, context: context)
                } catch {
                    return ""
                }
            } else if let lambda2 = result as? MustacheLambda {
                lambda = lambda2
                continue
            } else {
                return String(describing: unwrapIfAnyContainsOptional(result))
            }
        }
    }

    /// Get child object from variable name
    func getChild(named name: String, transforms: [String], context: MustacheContext) -> Any? {
        func _getImmediateChild(named name: String, from object: Any) -> Any? {
            let child = {
                // commons patch: a parent is asked first; only an object that is not one
                // is asked for its custom representation (one dynamic cast, not two, for
                // the contexts a theme looks names up in).
                if let parent = TypeConformances.parent(object) {  // patch 5: through its type
                    return parent.child(named: name)
                }
                let object: Any? =
                    if let custom = object as? MustacheCustomRepresentation {
                        custom.representation
                    } else {
                        object
                    }
                if let customBox = object as? MustacheParent {
                    return customBox.child(named: name)
                } else if let object {
                    let mirror = Mirror(reflecting: object)
                    return mirror.getValue(forKey: name)
                } else {
                    return nil
                }
            }()
            return child
        }

        func _getChild(named names: ArraySlice<String>, from object: Any) -> Any? {
            guard let name = names.first else { return object }
            var object = object
            if let lambda = object as? MustacheLambda {
                guard let result = lambda("") else { return nil }
                object = result
            }
            guard let childObject = _getImmediateChild(named: name, from: object) else { return nil }
            let names2 = names.dropFirst()
            return _getChild(named: names2, from: childObject)
        }

        func _getChildInStack(named names: ArraySlice<String>, from stack: [Any]) -> Any? {
            guard let name = names.first else { return stack.last }
            for object in stack.reversed() {
                if let childObject = _getImmediateChild(named: name, from: object) {
                    let names2 = names.dropFirst()
                    return _getChild(named: names2, from: childObject)
                }
            }
            return nil
        }

        // work out which object to access. "." means the current object, if the variable name is ""
        // and we have a transform to run on the variable then we need the context object, otherwise
        // the name is split by "." and we use mirror to get the correct child object. If we cannot find
        // the root object we look up the context stack until we can find one with a matching name. The
        // stack climbing can be disabled by prefixing the variable name with a "."
        var child: Any?
        if Self.isPlainName(name) {
            // commons patch 7: a name that is one word (most are) is looked for down the
            // stack as it is: no array of its parts, and none of the Characters the
            // checks below take from it.
            for object in context.stack.reversed() {
                if let found = _getImmediateChild(named: name, from: object) {
                    child = found
                    break
                }
            }
        } else if name == "." {
            child = context.stack.last!
        } else if name == "", !transforms.isEmpty {
            child = context.sequenceContext
        } else if name.first == "." {
            let nameSplit = name.split(separator: ".").map { String($0) }
            child = _getChild(named: nameSplit[...], from: context.stack.last!)
        } else if !name.utf8.contains(UInt8(ascii: ".")) {
            // commons patch: a name without a dot is not split (the split walks Characters).
            child = _getChildInStack(named: [name][...], from: context.stack)
        } else {
            let nameSplit = name.split(separator: ".").map { String($0) }
            child = _getChildInStack(named: nameSplit[...], from: context.stack)
        }

        // commons patch: most values have no custom representation, and asking a value's
        // type (patch 5: once per type) is cheaper than a dynamic cast of the value. An
        // Optional or an AnyHashable, which a cast looks inside, is still cast.
        if let found = child, TypeConformances.mayHaveRepresentation(found),
            let custom = found as? MustacheCustomRepresentation
        {
            child = custom.representation
        }

        // skip transforms if child is already nil
        guard var child else {
            return nil
        }

        // if we want to run a transform and the current child can have transforms applied to it then
        // run transform on the current child
        for transform in transforms.reversed() {
            if let runnable = child as? MustacheTransformable,
                let transformed = runnable.transform(transform)
            {
                child = transformed
                continue
            }

            // return nil if transform is unsuccessful or has returned nil
            return nil
        }
        return child
    }

    /// commons patch 7: whether `name` is one word, without a `.` (so neither `.`, nor a
    /// dotted name, nor one that starts with a `.`), and not empty: looked at as UTF-8
    /// bytes in place.
    static func isPlainName(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { bytes in
            !bytes.isEmpty && !bytes.contains(UInt8(ascii: "."))
        }
    }

    private func unwrapIfAnyContainsOptional(_ value: Any) -> Any {
        guard let opt = value as? AnyOptional else { return value }
        return opt.anyWrapped ?? value  // nil? keep the original Optional.none
    }
}
