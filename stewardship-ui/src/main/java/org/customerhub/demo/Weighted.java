package org.customerhub.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** A list to draw from where some entries are more likely than others. */
final class Weighted<T> {
    private final List<T> items;
    private final double[] cumulative;

    private Weighted(List<T> items, double[] weights) {
        if (items.isEmpty()) throw new IllegalArgumentException("nothing to pick from");
        this.items = List.copyOf(items);
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    static <T> Weighted<T> of(List<T> items, ToDoubleFunction<T> weight) {
        return new Weighted<>(items, items.stream().mapToDouble(weight).toArray());
    }

    static <T> Weighted<T> evenly(List<T> items) {
        return of(items, item -> 1);
    }

    /**
     * Lists are written most frequent first; 1/(rank + 10) makes the head about twenty times as likely as the tail,
     * roughly the spread of US census surnames, so Smith and Garcia recur while rare names still appear.
     */
    static <T> Weighted<T> byRank(List<T> items) {
        double[] weights = new double[items.size()];
        for (int rank = 0; rank < weights.length; rank++) weights[rank] = 1.0 / (rank + 10);
        return new Weighted<>(items, weights);
    }

    <R> Weighted<R> map(Function<T, R> mapping) {
        double[] weights = new double[cumulative.length];
        for (int i = 0; i < weights.length; i++) weights[i] = cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);
        return new Weighted<>(items.stream().map(mapping).toList(), weights);
    }

    T pick(Random random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        return items.get(i >= 0 ? Math.min(i + 1, items.size() - 1) : -i - 1);
    }
}
