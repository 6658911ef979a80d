package vn.cchc.rollup.template;

/** Roman numerals for the area rows (I, II, … ). */
final class RomanNumeral {

    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private RomanNumeral() {
    }

    static String of(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("no Roman numeral for " + number);
        }
        StringBuilder text = new StringBuilder();
        int rest = number;
        for (int i = 0; i < VALUES.length; i++) {
            while (rest >= VALUES[i]) {
                text.append(SYMBOLS[i]);
                rest -= VALUES[i];
            }
        }
        return text.toString();
    }
}
