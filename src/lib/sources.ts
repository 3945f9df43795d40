/**
 * The source texts live in sources/ (sources/README.md). A case comes from the
 * 2014 case collection unless its `sourceFile` names another text.
 */
export const CASE_COLLECTION_FILE = 'oim-2014-inspiration-til-partnerskaber-case-samling.txt';
