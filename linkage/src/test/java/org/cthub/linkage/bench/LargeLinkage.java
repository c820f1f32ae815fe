package org.cthub.linkage.bench;

final class LargeLinkage {
    private LargeLinkage() {
    }

    static void run(int n) {
        System.out.println("large linkage not implemented");
    }
}
