package cn.huinong.market.training.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one small-cell rule: fewer than 5 people is withheld, 5 and more is shown — at 0, 4, 5 and 6. */
class SmallCellsTest {

    @Test
    void countsUnderFiveAreWithheldAndFiveOrMoreAreShown() {
        assertWithheld(SmallCells.figure(0, null));
        assertWithheld(SmallCells.figure(4, null));
        assertEquals(new SmallCells.Figure(5, null, null, false), SmallCells.figure(5, null));
        assertEquals(new SmallCells.Figure(6, null, null, false), SmallCells.figure(6, null));
        assertTrue(SmallCells.suppressed(0));
        assertTrue(SmallCells.suppressed(4));
        assertFalse(SmallCells.suppressed(5));
        assertFalse(SmallCells.suppressed(6));
    }

    @Test
    void aRateIsShownOnlyWhenBothSidesAre() {
        assertEquals(new SmallCells.Figure(5, 6, 83.3, false), SmallCells.figure(5, 6));
        assertEquals(new SmallCells.Figure(6, 6, 100.0, false), SmallCells.figure(6, 6));
        assertEquals(new SmallCells.Figure(null, 6, null, true), SmallCells.figure(4, 6));
        assertEquals(new SmallCells.Figure(null, 5, null, true), SmallCells.figure(0, 5));
        // A withheld denominator withholds the cell with it, even if its own count could be shown.
        assertEquals(new SmallCells.Figure(5, null, null, true), SmallCells.figure(5, 4));
    }

    @Test
    void aCsvWritesAWithheldCountAsUnderFive() {
        assertEquals("<5", SmallCells.csv(SmallCells.figure(4, null).count()));
        assertEquals("5", SmallCells.csv(SmallCells.figure(5, null).count()));
    }

    private static void assertWithheld(SmallCells.Figure figure) {
        assertEquals(new SmallCells.Figure(null, null, null, true), figure);
    }
}
