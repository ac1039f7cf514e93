package org.statementatlas.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.statementatlas.pipeline.ChromeLineModel;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Fits {@link ChromeLineModel}'s weights on the tuning half of the evaluation set: every {@code [c]} line of a tuning
 * text article is a positive example, every body line a negative one ({@code [f]} lines only give context). Logistic
 * regression by batch gradient descent with an L2 penalty on every weight but the bias, so that a feature the tuning
 * half barely shows cannot take an extreme weight. Prints the weights to paste into the model. Run by
 * {@code bench/fit-chrome-model.sh}; deterministic.
 */
public final class ChromeModelFit {

    private static final double L2 = 0.01;
    private static final double RATE = 0.5;
    private static final int ROUNDS = 20_000;

    private ChromeModelFit() {
    }

    public static void main(String... args) {
        List<double[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (JsonNode gold : TestData.read("/ingest/eval/annotations.json").get("articles")) {
            String file = gold.get("file").asText();
            if (!file.startsWith("tuning/") || !file.endsWith(".txt")) {
                continue;
            }
            List<String> marked = TestData.text("/ingest/eval/" + file).lines().map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
            List<String> texts = marked.stream()
                    .map(l -> l.startsWith("[c] ") || l.startsWith("[f] ") ? l.substring(4).strip() : l)
                    .toList();
            for (int i = 0; i < marked.size(); i++) {
                if (!marked.get(i).startsWith("[f] ")) {
                    xs.add(ChromeLineModel.features(texts, i));
                    ys.add(marked.get(i).startsWith("[c] ") ? 1 : 0);
                }
            }
        }
        double[] w = fit(xs, ys);
        System.out.printf(Locale.ROOT, "%d lines (%d chrome)%n", ys.size(), ys.stream().mapToInt(Integer::intValue).sum());
        for (int k = 0; k < w.length; k++) {
            System.out.printf(Locale.ROOT, "%-22s %6.2f%n", ChromeLineModel.FEATURES.get(k), w[k]);
        }
        System.out.println("{" + java.util.Arrays.stream(w).mapToObj(v -> String.format(Locale.ROOT, "%.2f", v))
                .collect(Collectors.joining(", ")) + "}");
    }

    static double[] fit(List<double[]> xs, List<Integer> ys) {
        int n = xs.size();
        int d = xs.get(0).length;
        double[] w = new double[d];
        for (int round = 0; round < ROUNDS; round++) {
            double[] gradient = new double[d];
            for (int i = 0; i < n; i++) {
                double[] x = xs.get(i);
                double z = 0;
                for (int k = 0; k < d; k++) {
                    z += w[k] * x[k];
                }
                double error = 1 / (1 + Math.exp(-z)) - ys.get(i);
                for (int k = 0; k < d; k++) {
                    gradient[k] += error * x[k] / n;
                }
            }
            for (int k = 0; k < d; k++) {
                w[k] -= RATE * (gradient[k] + (k == 0 ? 0 : L2 * w[k]));
            }
        }
        return w;
    }
}
