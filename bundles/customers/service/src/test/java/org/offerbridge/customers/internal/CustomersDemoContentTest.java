package org.offerbridge.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.offerbridge.customers.api.Customer;
import org.offerbridge.customers.api.CustomerDirectory;
import org.offerbridge.customers.internal.demo.CustomersDemoContent;

class CustomersDemoContentTest {

    /** The cards pass the directory's own rules (name, emails, phones, language). */
    @Test
    void theCardsAreValidAndInTheirCustomersLanguages() {
        assertEquals(3, CustomersDemoContent.CARDS.size());
        CustomersDemoContent.CARDS.forEach(c -> CustomerRules.newCard(c, UnaryOperator.identity()));
        assertEquals(List.of("en", "de", "hi"), CustomersDemoContent.CARDS.stream().map(c -> c.language()).toList());
    }

    @Test
    void seedingCreatesEachCardOnce() {
        CustomerDirectory empty = mock(CustomerDirectory.class);
        when(empty.search(anyString(), anyInt())).thenReturn(List.of());
        new CustomersDemoContent(empty).seed("t-demo");
        verify(empty, times(3)).create(any());

        CustomerDirectory seeded = mock(CustomerDirectory.class);
        when(seeded.search(anyString(), anyInt())).thenReturn(List.of(mock(Customer.class)));
        new CustomersDemoContent(seeded).seed("t-demo");
        verify(seeded, never()).create(any());
    }
}
