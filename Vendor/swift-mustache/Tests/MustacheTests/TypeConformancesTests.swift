//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

// commons patch 5: what a value's type is to a template is found once per type and
// thread; these pin that a value renders as a cast of it would, wrapped or not.

import Foundation
import Mustache
import XCTest

final class TypeConformancesTests: XCTestCase {
    class Named: MustacheParent {
        func child(named: String) -> Any? { named == "name" ? "parent" : nil }
    }

    /// Conforms through its superclass.
    final class MoreNamed: Named {}

    struct Hidden: MustacheCustomRenderable {
        var renderText: String { "hidden" }
        var isNull: Bool { true }
    }

    struct Box: MustacheCustomRepresentation {
        let representation: Any?
    }

    func testASubclassOfAParentIsAParent() throws {
        let template = try MustacheTemplate(string: "{{#a}}{{name}}{{/a}} {{#b}}{{name}}{{/b}}")
        XCTAssertEqual(template.render(["a": Named(), "b": MoreNamed()]), "parent parent")
    }

    /// Patch 8: an object put in an `Any` as its superclass opens as that class, while its
    /// conformances are its own class's.
    func testASubclassPutInAsItsSuperclassIsAParent() throws {
        let asSuperclass: Named = MoreNamed()
        let template = try MustacheTemplate(string: "{{#a}}{{name}}{{/a}} {{#b}}{{name}}{{/b}}")
        XCTAssertEqual(template.render(["a": asSuperclass, "b": asSuperclass as Any]), "parent parent")
    }

    /// Patch 8: a parent, a renderable and a sequence of each size — inline in an `Any`
    /// or boxed beside it — are read out of it whole.
    func testValuesOfEverySizeAreReadWhole() throws {
        let small = Row(name: "small", tags: ["a", "b"])
        let wide = WideRow(name: "wide", note: String(repeating: "n", count: 40), tags: ["c"])
        XCTAssertLessThanOrEqual(MemoryLayout<Row>.size, 3 * MemoryLayout<Int>.size)  // inline in an Any
        XCTAssertGreaterThan(MemoryLayout<WideRow>.size, 3 * MemoryLayout<Int>.size)  // boxed
        let template = try MustacheTemplate(string: "{{#s}}{{name}}:{{#tags}}{{.}}{{/tags}}{{/s}} {{#w}}{{name}}:{{note}}:{{#tags}}{{.}}{{/tags}}{{/w}} {{#ws}}{{name}}{{/ws}} {{r}}")
        XCTAssertEqual(template.render(["s": small, "w": wide, "ws": [wide, wide], "r": WideText(a: "x", b: "y", c: "z")]),
                       "small:ab wide:" + String(repeating: "n", count: 40) + ":c widewide xyz")
    }

    struct WideRow: MustacheParent {
        let name: String
        let note: String
        let tags: [String]
        func child(named: String) -> Any? { named == "name" ? name : named == "note" ? note : named == "tags" ? tags : nil }
    }

    struct WideText: MustacheCustomRenderable {
        let a: String, b: String, c: String
        var renderText: String { a + b + c }
        var isNull: Bool { false }
    }

    /// Patch 9: strings, booleans and lambdas are found by their type, and inside an
    /// Optional or an NSNumber as before.
    func testStringsBooleansAndLambdasWrappedOrNot() throws {
        let template = try MustacheTemplate(string: "{{s}} {{{s}}} {{o}} {{#t}}t{{/t}}{{^f}}f{{/f}} {{#n}}n{{/n}}{{^of}}of{{/of}} {{#l}}x{{/l}}")
        let values: [String: Any] = [
            "s": "<b>", "o": Optional("a&") as Any, "t": true, "f": false, "n": NSNumber(value: true),
            "of": Optional(false) as Any, "l": MustacheLambda { text in text + text },
        ]
        XCTAssertEqual(template.render(values), "&lt;b&gt; <b> a&amp; tf nof xx")
    }

    func testOptionalsAreLookedInto() throws {
        let list: [Int]? = [1, 2]
        let parent: [String: Any]? = ["name": "inside"]
        let hidden: Hidden? = Hidden()
        let template = try MustacheTemplate(string: "{{#list}}{{.}}{{/list}} {{#parent}}{{name}}{{/parent}} {{#hidden}}x{{/hidden}}{{^hidden}}y{{/hidden}} {{hidden}}")
        XCTAssertEqual(template.render(["list": list as Any, "parent": parent as Any, "hidden": hidden as Any]), "12 inside y hidden")
    }

    func testANullRenderableHidesASection() throws {
        let template = try MustacheTemplate(string: "{{#h}}shown{{/h}}{{^h}}not shown{{/h}}")
        XCTAssertEqual(template.render(["h": Hidden()]), "not shown")
    }

    func testCustomRepresentationsAndNSNull() throws {
        let template = try MustacheTemplate(string: "{{#box}}{{name}}{{/box}}|{{null}}|{{^null}}none{{/null}}")
        XCTAssertEqual(template.render(["box": Box(representation: ["name": "boxed"]), "null": NSNull()]), "boxed||none")
    }

    struct Row: MustacheParent, Sendable {
        let name: String
        let tags: [String]
        func child(named: String) -> Any? { named == "name" ? name : named == "tags" ? tags : nil }
    }

    final class Results: @unchecked Sendable {
        var values = [String](repeating: "", count: 64)
    }

    func testTheSameTypesOnManyThreads() throws {
        let template = try MustacheTemplate(string: "{{#rows}}{{name}}:{{#tags}}{{.}}{{/tags}};{{/rows}}")
        let rows = (0..<20).map { Row(name: "row\($0)", tags: ["a", "b"]) }
        let expected = (0..<20).map { "row\($0):ab;" }.joined()
        let results = Results()
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            let text = template.render(["rows": rows])
            lock.lock()
            results.values[index] = text
            lock.unlock()
        }
        XCTAssertEqual(Set(results.values), [expected])
    }
}
