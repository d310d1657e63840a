package org.offerbridge.parser.engine;

/** What a token of a fragment stands for once numbers, units and words are told apart ({@link NumberRoles}). */
enum Role {
    /** A product word (or a code, colour, size) to match against the catalog. */
    CONTENT,
    STOP,
    /** Part of a quantity: a number with a count unit, a number word, "x3". */
    QTY,
    UNIT,
    /** A number that describes the product (size, model, pack), never its quantity. */
    ATTR,
    /** A number without a unit: a quantity unless the catalog match claims it as an attribute ("Оскар 140"). */
    BARE,
    /** A number with a measure unit (m, kg, l): an attribute, or the quantity of a product sold by that measure. */
    MEASURE
}
