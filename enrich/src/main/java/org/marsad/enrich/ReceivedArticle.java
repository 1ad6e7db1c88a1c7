package org.marsad.enrich;

import org.marsad.model.RawArticle;

/**
 * A raw article together with the exact bytes it arrived as, so a rejected record reaches the
 * dead-letter topic unchanged.
 */
record ReceivedArticle(RawArticle article, byte[] bytes) {
}
