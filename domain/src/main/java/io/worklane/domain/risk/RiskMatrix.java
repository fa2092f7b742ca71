package io.worklane.domain.risk;

import java.util.ArrayList;
import java.util.List;

/**
 * The 5×5 probability–impact grid of a project's open risks: {@code counts[p-1][i-1]} risks have
 * probability p and impact i. Closed and occurred risks are not threats any more and are left out.
 */
public record RiskMatrix(int[][] counts) {
    /** One cell as the repository counts it. */
    public record Cell(int probability, int impact, int count) {
        public int exposure() {
            return probability * impact;
        }
    }

    public static RiskMatrix of(List<Cell> cells) {
        int[][] counts = new int[RiskScale.MAX][RiskScale.MAX];
        for (Cell c : cells) {
            counts[c.probability() - 1][c.impact() - 1] += c.count();
        }
        return new RiskMatrix(counts);
    }

    public int count(int probability, int impact) {
        return counts[probability - 1][impact - 1];
    }

    public int total() {
        int total = 0;
        for (int[] row : counts) {
            for (int n : row) {
                total += n;
            }
        }
        return total;
    }

    /** All 25 cells, probability then impact ascending, empty ones included. */
    public List<Cell> cells() {
        List<Cell> all = new ArrayList<>();
        for (int p = RiskScale.MIN; p <= RiskScale.MAX; p++) {
            for (int i = RiskScale.MIN; i <= RiskScale.MAX; i++) {
                all.add(new Cell(p, i, count(p, i)));
            }
        }
        return all;
    }
}
