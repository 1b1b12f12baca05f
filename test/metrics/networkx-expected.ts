/**
 * Expected metric values for the graphs of fixtures.ts, pasted from the output of
 * `/usr/bin/python3 test/metrics/networkx-reference.py` with networkx 2.8.8 (Debian python3-networkx).
 * Each entry names the networkx call that produced it.
 */

/** networkx reference values for one graph: node-level maps and graph-level figures. */
export interface NetworkxExpected {
  nodes: Record<string, Record<string, number>>;
  graph: Record<string, number>;
}

/** networkx 2.8.8 on the Krackhardt kite (fixtures.ts). */
export const KITE: NetworkxExpected = {
  nodes: {
    // networkx 2.8.8 G.degree()
    degree: {
      Andre: 4,
      Beverley: 4,
      Carol: 3,
      Diane: 6,
      Ed: 3,
      Fernando: 5,
      Garth: 5,
      Heather: 3,
      Ike: 2,
      Jane: 1,
    },
    // networkx 2.8.8 G.degree(weight="weight")
    weightedDegree: {
      Andre: 4,
      Beverley: 4,
      Carol: 3,
      Diane: 6,
      Ed: 3,
      Fernando: 5,
      Garth: 5,
      Heather: 3,
      Ike: 2,
      Jane: 1,
    },
    // networkx 2.8.8 betweenness_centrality(G)
    betweenness: {
      Andre: 0.023148148148148143,
      Beverley: 0.023148148148148143,
      Carol: 0.0,
      Diane: 0.10185185185185185,
      Ed: 0.0,
      Fernando: 0.23148148148148148,
      Garth: 0.23148148148148148,
      Heather: 0.38888888888888884,
      Ike: 0.2222222222222222,
      Jane: 0.0,
    },
    // networkx 2.8.8 closeness_centrality(G)
    closeness: {
      Andre: 0.5294117647058824,
      Beverley: 0.5294117647058824,
      Carol: 0.5,
      Diane: 0.6,
      Ed: 0.5,
      Fernando: 0.6428571428571429,
      Garth: 0.6428571428571429,
      Heather: 0.6,
      Ike: 0.42857142857142855,
      Jane: 0.3103448275862069,
    },
    // networkx 2.8.8 harmonic_centrality(G)
    harmonic: {
      Andre: 6.083333333333333,
      Beverley: 6.083333333333333,
      Carol: 5.583333333333333,
      Diane: 7.083333333333333,
      Ed: 5.583333333333333,
      Fernando: 6.833333333333333,
      Garth: 6.833333333333333,
      Heather: 6.0,
      Ike: 4.666666666666666,
      Jane: 3.4166666666666665,
    },
    // networkx 2.8.8 eigenvector_centrality(G, max_iter=10000, tol=1e-12)
    eigenvector: {
      Andre: 0.3522093968160698,
      Beverley: 0.3522093968160698,
      Carol: 0.2858349913905234,
      Diane: 0.4810208582723052,
      Ed: 0.2858349913905234,
      Fernando: 0.39769063647067904,
      Garth: 0.39769063647067904,
      Heather: 0.19586058302953732,
      Ike: 0.0480734850280367,
      Jane: 0.011163255310867665,
    },
    // networkx 2.8.8 pagerank(G, alpha=0.85, weight="weight", max_iter=10000, tol=1e-12)
    pagerank: {
      Andre: 0.10191991297710402,
      Beverley: 0.10191991297710404,
      Carol: 0.07941811400816011,
      Diane: 0.14714791632800853,
      Ed: 0.07941811400816011,
      Fernando: 0.12890692757246675,
      Garth: 0.12890692757246675,
      Heather: 0.0952482868091589,
      Ike: 0.08569395631309872,
      Jane: 0.051419931434272106,
    },
    // networkx 2.8.8 clustering(G)
    clustering: {
      Andre: 0.6666666666666666,
      Beverley: 0.6666666666666666,
      Carol: 1.0,
      Diane: 0.5333333333333333,
      Ed: 1.0,
      Fernando: 0.5,
      Garth: 0.5,
      Heather: 0.3333333333333333,
      Ike: 0,
      Jane: 0,
    },
    // networkx 2.8.8 core_number(G)
    coreness: {
      Andre: 3,
      Beverley: 3,
      Carol: 3,
      Diane: 3,
      Ed: 3,
      Fernando: 3,
      Garth: 3,
      Heather: 2,
      Ike: 1,
      Jane: 1,
    },
  },
  graph: {
    // networkx 2.8.8 average_clustering(G)
    averageClustering: 0.5199999999999999,
    // networkx 2.8.8 transitivity(G)
    transitivity: 0.5789473684210527,
    // networkx 2.8.8 density(G)
    density: 0.4,
    // networkx 2.8.8 diameter(largest component)
    diameter: 4,
    // networkx 2.8.8 average_shortest_path_length(largest component)
    averageShortestPath: 1.9777777777777779,
    // networkx 2.8.8 community.modularity(G, LOUVAIN["kite"], weight="weight")
    modularityOfLouvain: 0.2222222222222222,
  },
};

/** networkx 2.8.8 on the Florentine families (fixtures.ts). */
export const FLORENTINE: NetworkxExpected = {
  nodes: {
    // networkx 2.8.8 G.degree()
    degree: {
      Acciaiuoli: 1,
      Albizzi: 3,
      Barbadori: 2,
      Bischeri: 3,
      Castellani: 3,
      Ginori: 1,
      Guadagni: 4,
      Lamberteschi: 1,
      Medici: 6,
      Pazzi: 1,
      Peruzzi: 3,
      Ridolfi: 3,
      Salviati: 2,
      Strozzi: 4,
      Tornabuoni: 3,
    },
    // networkx 2.8.8 G.degree(weight="weight")
    weightedDegree: {
      Acciaiuoli: 1,
      Albizzi: 3,
      Barbadori: 2,
      Bischeri: 3,
      Castellani: 3,
      Ginori: 1,
      Guadagni: 4,
      Lamberteschi: 1,
      Medici: 6,
      Pazzi: 1,
      Peruzzi: 3,
      Ridolfi: 3,
      Salviati: 2,
      Strozzi: 4,
      Tornabuoni: 3,
    },
    // networkx 2.8.8 betweenness_centrality(G)
    betweenness: {
      Acciaiuoli: 0.0,
      Albizzi: 0.21245421245421245,
      Barbadori: 0.09340659340659341,
      Bischeri: 0.1043956043956044,
      Castellani: 0.05494505494505495,
      Ginori: 0.0,
      Guadagni: 0.2545787545787546,
      Lamberteschi: 0.0,
      Medici: 0.521978021978022,
      Pazzi: 0.0,
      Peruzzi: 0.02197802197802198,
      Ridolfi: 0.11355311355311355,
      Salviati: 0.14285714285714288,
      Strozzi: 0.10256410256410257,
      Tornabuoni: 0.09157509157509157,
    },
    // networkx 2.8.8 closeness_centrality(G)
    closeness: {
      Acciaiuoli: 0.3684210526315789,
      Albizzi: 0.4827586206896552,
      Barbadori: 0.4375,
      Bischeri: 0.4,
      Castellani: 0.3888888888888889,
      Ginori: 0.3333333333333333,
      Guadagni: 0.4666666666666667,
      Lamberteschi: 0.32558139534883723,
      Medici: 0.56,
      Pazzi: 0.2857142857142857,
      Peruzzi: 0.3684210526315789,
      Ridolfi: 0.5,
      Salviati: 0.3888888888888889,
      Strozzi: 0.4375,
      Tornabuoni: 0.4827586206896552,
    },
    // networkx 2.8.8 harmonic_centrality(G)
    harmonic: {
      Acciaiuoli: 5.916666666666665,
      Albizzi: 7.833333333333333,
      Barbadori: 7.083333333333332,
      Bischeri: 7.199999999999999,
      Castellani: 6.916666666666665,
      Ginori: 5.333333333333333,
      Guadagni: 8.083333333333332,
      Lamberteschi: 5.366666666666666,
      Medici: 9.5,
      Pazzi: 4.766666666666667,
      Peruzzi: 6.783333333333333,
      Ridolfi: 7.999999999999999,
      Salviati: 6.583333333333332,
      Strozzi: 7.833333333333332,
      Tornabuoni: 7.833333333333332,
    },
    // networkx 2.8.8 eigenvector_centrality(G, max_iter=10000, tol=1e-12)
    eigenvector: {
      Acciaiuoli: 0.1321542947314149,
      Albizzi: 0.24395610916279448,
      Barbadori: 0.2117052511609725,
      Bischeri: 0.2828000865390265,
      Castellani: 0.2590261671847731,
      Ginori: 0.0749227077013395,
      Guadagni: 0.28911559901360223,
      Lamberteschi: 0.08879188797954718,
      Medici: 0.43030809404747994,
      Pazzi: 0.04481343589727121,
      Peruzzi: 0.2757303735737813,
      Ridolfi: 0.34155264405881103,
      Salviati: 0.1459171964696099,
      Strozzi: 0.3559804484047514,
      Tornabuoni: 0.32584230112814827,
    },
    // networkx 2.8.8 pagerank(G, alpha=0.85, weight="weight", max_iter=10000, tol=1e-12)
    pagerank: {
      Acciaiuoli: 0.030657437374417198,
      Albizzi: 0.07912225286298108,
      Barbadori: 0.05030098711222386,
      Bischeri: 0.06886179561339337,
      Castellani: 0.06933017554550072,
      Ginori: 0.032417971645030824,
      Guadagni: 0.09839783337064542,
      Lamberteschi: 0.030909539590869273,
      Medici: 0.14581720499883435,
      Pazzi: 0.0360538722261536,
      Peruzzi: 0.06787531001374705,
      Ridolfi: 0.06957426654203766,
      Salviati: 0.06130322876594671,
      Strozzi: 0.08809843851928925,
      Tornabuoni: 0.07127968581892957,
    },
    // networkx 2.8.8 clustering(G)
    clustering: {
      Acciaiuoli: 0,
      Albizzi: 0,
      Barbadori: 0,
      Bischeri: 0.3333333333333333,
      Castellani: 0.3333333333333333,
      Ginori: 0,
      Guadagni: 0,
      Lamberteschi: 0,
      Medici: 0.06666666666666667,
      Pazzi: 0,
      Peruzzi: 0.6666666666666666,
      Ridolfi: 0.3333333333333333,
      Salviati: 0,
      Strozzi: 0.3333333333333333,
      Tornabuoni: 0.3333333333333333,
    },
    // networkx 2.8.8 core_number(G)
    coreness: {
      Acciaiuoli: 1,
      Albizzi: 2,
      Barbadori: 2,
      Bischeri: 2,
      Castellani: 2,
      Ginori: 1,
      Guadagni: 2,
      Lamberteschi: 1,
      Medici: 2,
      Pazzi: 1,
      Peruzzi: 2,
      Ridolfi: 2,
      Salviati: 1,
      Strozzi: 2,
      Tornabuoni: 2,
    },
  },
  graph: {
    // networkx 2.8.8 average_clustering(G)
    averageClustering: 0.16,
    // networkx 2.8.8 transitivity(G)
    transitivity: 0.19148936170212766,
    // networkx 2.8.8 density(G)
    density: 0.19047619047619047,
    // networkx 2.8.8 diameter(largest component)
    diameter: 5,
    // networkx 2.8.8 average_shortest_path_length(largest component)
    averageShortestPath: 2.4857142857142858,
    // networkx 2.8.8 community.modularity(G, halves)
    modularityOfHalves: 0.30000000000000004,
    // networkx 2.8.8 community.modularity(G, LOUVAIN["florentine"], weight="weight")
    modularityOfLouvain: 0.3975,
  },
};

/** networkx 2.8.8 on weightedDisconnected() (fixtures.ts). */
export const WEIGHTED_DISCONNECTED: NetworkxExpected = {
  nodes: {
    // networkx 2.8.8 G.degree()
    degree: {
      a: 2,
      b: 3,
      c: 3,
      d: 3,
      e: 1,
      f: 1,
      g: 2,
      h: 1,
      i: 0,
    },
    // networkx 2.8.8 G.degree(weight="weight")
    weightedDegree: {
      a: 4,
      b: 6,
      c: 4,
      d: 4,
      e: 2,
      f: 2,
      g: 3,
      h: 1,
      i: 0,
    },
    // networkx 2.8.8 betweenness_centrality(G)
    betweenness: {
      a: 0.0,
      b: 0.03571428571428571,
      c: 0.03571428571428571,
      d: 0.10714285714285714,
      e: 0.0,
      f: 0.0,
      g: 0.03571428571428571,
      h: 0.0,
      i: 0.0,
    },
    // networkx 2.8.8 closeness_centrality(G)
    closeness: {
      a: 0.2857142857142857,
      b: 0.4,
      c: 0.4,
      d: 0.4,
      e: 0.25,
      f: 0.16666666666666666,
      g: 0.25,
      h: 0.16666666666666666,
      i: 0.0,
    },
    // networkx 2.8.8 harmonic_centrality(G)
    harmonic: {
      a: 2.8333333333333335,
      b: 3.5,
      c: 3.5,
      d: 3.5,
      e: 2.333333333333333,
      f: 1.5,
      g: 2.0,
      h: 1.5,
      i: 0,
    },
    // networkx 2.8.8 eigenvector_centrality(G, max_iter=10000, tol=1e-12)
    eigenvector: {
      a: 0.40669371006285376,
      b: 0.5370769634854425,
      c: 0.5370769634854425,
      d: 0.474749739084413,
      e: 0.17974866347516047,
      f: 3.4418648607063098e-12,
      g: 4.867531965866247e-12,
      h: 3.4418648607063098e-12,
      i: 7.472581005751673e-36,
    },
    // networkx 2.8.8 pagerank(G, alpha=0.85, weight="weight", max_iter=10000, tol=1e-12)
    pagerank: {
      a: 0.11678529706409574,
      b: 0.17161961281867957,
      c: 0.11972731125033786,
      d: 0.13119986203983452,
      e: 0.0741648493423898,
      f: 0.1198806168118417,
      g: 0.17907478030370982,
      h: 0.06914276239365091,
      i: 0.018404907975460127,
    },
    // networkx 2.8.8 clustering(G)
    clustering: {
      a: 1.0,
      b: 0.6666666666666666,
      c: 0.6666666666666666,
      d: 0.3333333333333333,
      e: 0,
      f: 0,
      g: 0,
      h: 0,
      i: 0,
    },
    // networkx 2.8.8 core_number(G)
    coreness: {
      a: 2,
      b: 2,
      c: 2,
      d: 2,
      e: 1,
      f: 1,
      g: 1,
      h: 1,
      i: 0,
    },
  },
  graph: {
    // networkx 2.8.8 average_clustering(G)
    averageClustering: 0.2962962962962963,
    // networkx 2.8.8 transitivity(G)
    transitivity: 0.5454545454545454,
    // networkx 2.8.8 density(G)
    density: 0.2222222222222222,
    // networkx 2.8.8 diameter(largest component)
    diameter: 3,
    // networkx 2.8.8 average_shortest_path_length(largest component)
    averageShortestPath: 1.5,
    // networkx 2.8.8 community.modularity(G, parts, weight="weight")
    modularityOfParts: 0.4497041420118344,
    // networkx 2.8.8 community.modularity(G, LOUVAIN["weighted"], weight="weight")
    modularityOfLouvain: 0.4497041420118344,
  },
};

/**
 * networkx 2.8.8 on weightedDisconnected() with an edge attribute length = 1/weight:
 * betweenness_centrality(G, weight="length"), closeness_centrality(G, distance="length"),
 * harmonic_centrality(G, distance="length") — computeMetrics with weightedPaths: true.
 */
export const WEIGHTED_PATHS: Record<"betweenness" | "closeness" | "harmonic", Record<string, number>> = {
  betweenness: {
    a: 0.0,
    b: 0.10714285714285714,
    c: 0.0,
    d: 0.10714285714285714,
    e: 0.0,
    f: 0.0,
    g: 0.03571428571428571,
    h: 0.0,
    i: 0.0,
  },
  closeness: {
    a: 0.46153846153846156,
    b: 0.6000000000000001,
    c: 0.5217391304347826,
    d: 0.5217391304347826,
    e: 0.375,
    f: 0.25,
    g: 0.3333333333333333,
    h: 0.2,
    i: 0.0,
  },
  harmonic: {
    a: 5.495454545454546,
    b: 6.666666666666667,
    c: 4.866666666666667,
    d: 4.75,
    e: 3.878787878787879,
    f: 2.6666666666666665,
    g: 3.0,
    h: 1.6666666666666665,
    i: 0,
  },
};
