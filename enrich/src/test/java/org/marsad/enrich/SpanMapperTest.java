package org.marsad.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.marsad.enrich.text.EntitySpan;
import org.marsad.enrich.text.EntityType;
import org.marsad.enrich.text.Field;
import org.marsad.model.EntityMention;

/** Issue #11: the country of a listed entity reaches the wire mention; an unlisted one has none. */
class SpanMapperTest {

    @Test
    void shouldCarryCountryWhenEntityIsListedPlace() {
        EntityMention mention = SpanMapper.entity(new EntitySpan("القاهرة", EntityType.LOC, "Q85", "القاهرة", Field.BODY,
                null, 1, 8, "EG"));
        assertEquals(new EntityMention("القاهرة", "LOC", "Q85", "القاهرة", "body", null, 1, 8, "EG"), mention);
    }

    @Test
    void shouldLeaveCountryNullWhenEntityIsUnlisted() {
        assertNull(SpanMapper.entity(new EntitySpan("نوفاتيك", EntityType.ORG, null, "نوفاتيك", Field.TITLE, null, 0, 7))
                .country());
    }
}
