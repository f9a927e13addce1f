package no.samvirke.catalogue.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import no.samvirke.catalogue.Decision;
import no.samvirke.catalogue.Measure;
import no.samvirke.catalogue.Plan;

/**
 * Which measures went where: measures linked by "merged with" (in either direction) form one group
 * in the revised plan. Measures that continue alone, are discontinued or removed are listed apart.
 */
record MergeMap(List<List<Measure>> groups, List<Measure> alone, List<Measure> ended) {

    static MergeMap of(Plan plan) {
        Map<Integer, Integer> parent = new TreeMap<>();
        plan.measures().forEach(m -> parent.put(m.number(), m.number()));
        plan.measures().forEach(m -> m.recommendation().mergedWith().forEach(o -> union(parent, m.number(), o)));
        Map<Integer, TreeSet<Integer>> byRoot = new TreeMap<>();
        parent.keySet().forEach(n -> byRoot.computeIfAbsent(root(parent, n), k -> new TreeSet<>()).add(n));
        List<List<Measure>> groups = new ArrayList<>();
        List<Measure> alone = new ArrayList<>();
        List<Measure> ended = new ArrayList<>();
        for (TreeSet<Integer> members : byRoot.values()) {
            List<Measure> group = members.stream().map(n -> plan.measure(n).orElseThrow()).toList();
            if (group.size() > 1) {
                groups.add(group);
            } else if (ends(group.get(0))) {
                ended.add(group.get(0));
            } else {
                alone.add(group.get(0));
            }
        }
        groups.sort(java.util.Comparator.comparingInt(g -> g.get(0).number()));
        return new MergeMap(groups, alone, ended);
    }

    static boolean ends(Measure m) {
        Decision d = m.recommendation().decision();
        return d == Decision.DISCONTINUE || d == Decision.REMOVE;
    }

    private static void union(Map<Integer, Integer> parent, int a, int b) {
        if (parent.containsKey(b)) {
            parent.put(root(parent, a), root(parent, b));
        }
    }

    private static int root(Map<Integer, Integer> parent, int n) {
        int r = n;
        while (parent.get(r) != r) {
            r = parent.get(r);
        }
        return r;
    }
}
