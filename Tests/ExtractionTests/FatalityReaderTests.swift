import Testing
@testable import Extraction

@Suite struct FatalityReaderTests {
    static let cases: [(String, Int?)] = [
        ("At least 23 gunmen died when the checkpoint was overrun.", 23),
        ("The rockets hit a school, killing 12 people and wounding 30.", 12),
        ("One child was killed and five people were injured.", 1),
        ("Twenty seven soldiers died in the ambush.", 27),
        ("At least 19 militants and 16 soldiers have been killed, the group said.", 35),
        ("The death toll rose to 9 on Tuesday.", 9),
        ("Dozens of people were killed in the strike.", 12),
        ("Forty people were wounded in the blast.", nil),
        ("The battle lasted 24 hours without casualties.", nil),
        ("A dozen fighters were slain overnight.", 12),
        ("The strikes killed three civilians in the market.", 3),
        // state media's words
        ("The rocket hit the town, claiming the lives of 25 citizens.", 25),
        ("Eleven citizens were martyred in the attack.", 11),
        ("In the afternoon the number of martyrs had risen to 26.", 26),
        ("The insurgents executed 56 captured soldiers after the battle.", 56),
    ]

    @Test(arguments: cases)
    func counts(_ c: (String, Int?)) {
        #expect(FatalityReader.fatalities(in: words(c.0)) == c.1, "\(c.0)")
    }
}
