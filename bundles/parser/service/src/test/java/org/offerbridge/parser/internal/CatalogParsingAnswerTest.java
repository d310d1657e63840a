package org.offerbridge.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class CatalogParsingAnswerTest {

    @Test
    void whoParsedIsNotPartOfTheParseContract() throws Exception {
        CatalogParsing.Answer a = new CatalogParsing.Answer("en", List.of(), List.of(), CatalogParsing.LLM);
        assertEquals("{\"language\":\"en\",\"lines\":[],\"unmatched\":[]}", new ObjectMapper().writeValueAsString(a));
    }
}
