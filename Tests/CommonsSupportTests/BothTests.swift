import CommonsSupport
import Testing

@Suite struct BothTests {
    @Test func givesBothResultsAndFreesWhatTheyMade() {
        let census = Census()
        do {
            let (one, two) = both({ Counted(1, in: census) }, { [Counted(2, in: census), Counted(3, in: census)] })
            #expect(one.value == 1)
            #expect(two.map(\.value) == [2, 3])
            #expect(census.alive == 3)
        }
        #expect(census.alive == 0)
    }
}
