package org.lector.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.BoundingBox;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class CardPlacementTest {

    private static final Rectangle2D SCREEN = new Rectangle2D(0, 0, 1400, 900);

    @Test
    void theCardGoesUnderTheMentionALittleToItsLeft() {
        Point2D at = CardParts.placeBy(new BoundingBox(300, 200, 80, 20), 456, 300, SCREEN);
        assertEquals(new Point2D(288, 226), at);
    }

    @Test
    void theCardGoesAboveTheMentionWhenThereIsNoRoomBelow() {
        Point2D at = CardParts.placeBy(new BoundingBox(300, 700, 80, 20), 456, 300, SCREEN);
        assertEquals(new Point2D(288, 394), at);
    }

    @Test
    void theCardStaysBelowWhenThereIsNoRoomAboveEither() {
        Point2D at = CardParts.placeBy(new BoundingBox(300, 250, 80, 20), 456, 800, SCREEN);
        assertEquals(276, at.getY());
    }

    @Test
    void theCardStaysInsideTheScreensWidth() {
        assertEquals(1400 - 456, CardParts.placeBy(new BoundingBox(1300, 200, 60, 20), 456, 300, SCREEN).getX());
        assertEquals(0, CardParts.placeBy(new BoundingBox(4, 200, 60, 20), 456, 300, SCREEN).getX());
    }
}
