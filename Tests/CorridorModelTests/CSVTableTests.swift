import Testing
@testable import CorridorModel

@Suite("CSV reading and writing")
struct CSVTableTests {
    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let text = "id,name,notes\r\na,\"Xi'an, Shaanxi\",\"he said \"\"go\"\"\"\nb,plain,\"two\nlines\"\n"
        let table = try CSVTable(parsing: text, file: "t.csv")
        #expect(table.header == ["id", "name", "notes"])
        #expect(table.rows == [["a", "Xi'an, Shaanxi", "he said \"go\""], ["b", "plain", "two\nlines"]])
        #expect(table.rowLines == [2, 3])
    }

    @Test func emptyFieldsBlankLinesAndMissingFinalLineBreak() throws {
        let table = try CSVTable(parsing: "\u{FEFF}a,b,c\n,,\n\n1,\"\",3", file: "t.csv")
        #expect(table.rows == [["", "", ""], ["1", "", "3"]])
        #expect(table.rowLines == [2, 4])
    }

    @Test func roundTripThroughText() throws {
        let table = CSVTable(header: ["k", "v"], rows: [["comma", "a,b"], ["quote", "say \"hi\""], ["space", " lead"],
                                                        ["newline", "x\ny"], ["empty", ""]])
        #expect(try CSVTable(parsing: table.text, file: "t.csv").rows == table.rows)
    }

    @Test func unterminatedQuoteNamesTheLine() {
        #expect(throws: NetworkError.malformedCSV(file: "t.csv", line: 3, reason: "a quoted field opened here is never closed")) {
            try CSVTable(parsing: "a,b\n1,2\n3,\"open\n4,5\n", file: "t.csv")
        }
    }

    /// An empty file (or one of blank lines) lacks its header; the message says so, without a tip about quotes.
    @Test func anEmptyFileSaysItIsEmpty() {
        for text in ["", "\n\n", "\u{FEFF}"] {
            #expect(throws: NetworkError.emptyCSV(file: "places.csv")) { try CSVTable(parsing: text, file: "places.csv") }
        }
        let description = NetworkError.emptyCSV(file: "places.csv").description
        #expect(description == "Cannot load 'places.csv': the file is empty. Its first line must name the columns, then one row follows per line.")
        #expect(!description.lowercased().contains("quote"))
    }

    @Test func strayQuotesAreRejected() {
        #expect(throws: NetworkError.self) { try CSVTable(parsing: "a,b\nx\"y,2\n", file: "t.csv") }
        #expect(throws: NetworkError.self) { try CSVTable(parsing: "a,b\n\"x\"y,2\n", file: "t.csv") }
    }

    @Test func raggedRowsAreRejectedWithTheirLine() {
        let error = NetworkError.wrongFieldCount(file: "links.csv", line: 3, expected: 2, found: 3)
        #expect(throws: error) { try CSVTable(parsing: "a,b\n1,2\n1,2,3\n", file: "links.csv") }
        #expect(error.description == "Cannot load 'links.csv', line 3: the row has 3 fields but the header has 2. Quote any field that holds a comma.")
    }

    @Test func decimalTextIsExact() {
        #expect(DecimalText.scaled("381.5", by: 1000) == 381_500)
        #expect(DecimalText.scaled("51.4", by: 60) == 3084)
        #expect(DecimalText.scaled("-3", by: 1000) == -3000)
        #expect(DecimalText.scaled("1e3", by: 1) == nil)
        #expect(DecimalText.scaled("12abc", by: 1) == nil)
        #expect(DecimalText.scaled("", by: 1) == nil)
        #expect(DecimalText.format(381_500, dividedBy: 1000) == "381.5")
        #expect(DecimalText.format(3084, dividedBy: 60) == "51.4")
        for minutes in [0, 1, 7, 59, 61, 1065, 9491] as [Int64] {
            #expect(DecimalText.scaled(DecimalText.format(minutes, dividedBy: 60), by: 60) == minutes)
        }
    }
}
