package org.offerbridge.quotation.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.offerbridge.catalog.internal.demo.DemoCatalog;
import org.offerbridge.platform.api.rest.Page;
import org.offerbridge.quotation.api.Origin;
import org.offerbridge.quotation.api.Quote;
import org.offerbridge.quotation.api.QuoteDraft;
import org.offerbridge.quotation.api.QuoteService;

class QuotesDemoContentTest {
    private final QuoteService quotes = mock(QuoteService.class);

    @Test
    void theDraftQuotesLinesAreProductsOfTheDemoCatalog() {
        Set<String> skus = DemoCatalog.ITEMS.stream().map(DemoCatalog.Item::sku).collect(Collectors.toSet());
        QuotesDemoContent.LINES.forEach(l -> assertTrue(skus.contains(l.sku()), l.sku()));
        assertTrue(QuotesDemoContent.LINES.stream().allMatch(l -> l.quantity().signum() > 0));
    }

    @Test
    void anEmptyWorkspaceGetsOneDraftAndOneWithQuotesNone() {
        when(quotes.list(any(), any())).thenReturn(new Page<>(List.of(), null));
        new QuotesDemoContent(quotes).seed("t-demo");
        ArgumentCaptor<QuoteDraft> draft = ArgumentCaptor.forClass(QuoteDraft.class);
        verify(quotes).create(draft.capture(), any(Origin.class));
        assertEquals(QuotesDemoContent.LINES, draft.getValue().lines());

        QuoteService used = mock(QuoteService.class);
        when(used.list(any(), any())).thenReturn(new Page<>(List.of(mock(Quote.class)), null));
        new QuotesDemoContent(used).seed("t-demo");
        verify(used, never()).create(any(), any());
    }
}
