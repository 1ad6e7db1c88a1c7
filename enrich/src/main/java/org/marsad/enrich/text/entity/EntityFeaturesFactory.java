package org.marsad.enrich.text.entity;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Lets a model's feature descriptor name {@link EntityFeatures}: {@code <generator class="...EntityFeaturesFactory">
 * <str name="families">clitic,gazetteer,...</str></generator>}. OpenNLP instantiates it by reflection when a
 * model is trained or loaded, so it must stay public with a no-argument constructor.
 */
public final class EntityFeaturesFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        Set<String> families = Arrays.stream(getStr("families").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        for (String f : families) {
            if (!EntityFeatures.FAMILIES.contains(f)) {
                throw new InvalidFormatException("unknown entity feature family '" + f + "'; known: "
                        + EntityFeatures.FAMILIES);
            }
        }
        return new EntityFeatures(families, TaggerKnowledge.get());
    }
}
