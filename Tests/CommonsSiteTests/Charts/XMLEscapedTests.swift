import Testing
@testable import CommonsSite

extension Charts {
    @Suite struct XMLEscapedTests {
        @Test func escapesTheMarkupCharacters() {
            #expect("Ada <Lovelace> & \"friends\" 'n'".xmlEscaped
                == "Ada &lt;Lovelace&gt; &amp; &quot;friends&quot; &#39;n&#39;")
        }

        @Test func dropsWhatXMLCannotCarryAndFlattensLineEnds() {
            #expect("a\u{0}b\u{1B}c\u{FFFF}".xmlEscaped == "abc")
            #expect("two\nlines\r\tand tab".xmlEscaped == "two lines  and tab")
        }

        @Test func leavesOtherTextAlone() {
            #expect("Zoë 李小龍 🌱".xmlEscaped == "Zoë 李小龍 🌱")
        }
    }
}
