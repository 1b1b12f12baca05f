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
      Andre: 4, Beverley: 4, Carol: 3, Diane: 6, Ed: 3, Fernando: 5, Garth: 5, Heather: 3, Ike: 2, Jane: 1,
    },
    // networkx 2.8.8 G.degree(weight="weight")
    weightedDegree: {
      Andre: 4, Beverley: 4, Carol: 3, Diane: 6, Ed: 3, Fernando: 5, Garth: 5, Heather: 3, Ike: 2, Jane: 1,
    },
    // networkx 2.8.8 betweenness_centrality(G)
    betweenness: {
      Andre: 0.023148148148148143, Beverley: 0.023148148148148143, Carol: 0.0, Diane: 0.10185185185185185,
      Ed: 0.0, Fernando: 0.23148148148148148, Garth: 0.23148148148148148, Heather: 0.38888888888888884,
      Ike: 0.2222222222222222, Jane: 0.0,
    },
    // networkx 2.8.8 closeness_centrality(G)
    closeness: {
      Andre: 0.5294117647058824, Beverley: 0.5294117647058824, Carol: 0.5, Diane: 0.6, Ed: 0.5,
      Fernando: 0.6428571428571429, Garth: 0.6428571428571429, Heather: 0.6, Ike: 0.42857142857142855,
      Jane: 0.3103448275862069,
    },
    // networkx 2.8.8 harmonic_centrality(G)
    harmonic: {
      Andre: 6.083333333333333, Beverley: 6.083333333333333, Carol: 5.583333333333333,
      Diane: 7.083333333333333, Ed: 5.583333333333333, Fernando: 6.833333333333333, Garth: 6.833333333333333,
      Heather: 6.0, Ike: 4.666666666666666, Jane: 3.4166666666666665,
    },
    // networkx 2.8.8 eigenvector_centrality(G)
    eigenvector: {
      Andre: 0.35220898139203594, Beverley: 0.3522089813920359, Carol: 0.28583473531632414,
      Diane: 0.4810204881221005, Ed: 0.2858347353163241, Fernando: 0.397691010625547,
      Garth: 0.3976910106255469, Heather: 0.19586185175360385, Ike: 0.04807477501420293,
      Jane: 0.011164058575824238,
    },
    // networkx 2.8.8 pagerank(G, alpha=0.85, weight="weight")
    pagerank: {
      Andre: 0.1019196696364895, Beverley: 0.10191966963648949, Carol: 0.07941791239513805,
      Diane: 0.14714751310196447, Ed: 0.07941791239513805, Fernando: 0.12890718095072973,
      Garth: 0.12890718095072973, Heather: 0.09524765350111203, Ike: 0.0856958031065524,
      Jane: 0.05141950432565652,
    },
    // networkx 2.8.8 clustering(G)
    clustering: {
      Andre: 0.6666666666666666, Beverley: 0.6666666666666666, Carol: 1.0, Diane: 0.5333333333333333, Ed: 1.0,
      Fernando: 0.5, Garth: 0.5, Heather: 0.3333333333333333, Ike: 0, Jane: 0,
    },
    // networkx 2.8.8 core_number(G)
    coreness: {
      Andre: 3, Beverley: 3, Carol: 3, Diane: 3, Ed: 3, Fernando: 3, Garth: 3, Heather: 2, Ike: 1, Jane: 1,
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
  },
};

/** networkx 2.8.8 on the Florentine families (fixtures.ts). */
export const FLORENTINE: NetworkxExpected = {
  nodes: {
    // networkx 2.8.8 G.degree()
    degree: {
      Acciaiuoli: 1, Albizzi: 3, Barbadori: 2, Bischeri: 3, Castellani: 3, Ginori: 1, Guadagni: 4,
      Lamberteschi: 1, Medici: 6, Pazzi: 1, Peruzzi: 3, Ridolfi: 3, Salviati: 2, Strozzi: 4, Tornabuoni: 3,
    },
    // networkx 2.8.8 G.degree(weight="weight")
    weightedDegree: {
      Acciaiuoli: 1, Albizzi: 3, Barbadori: 2, Bischeri: 3, Castellani: 3, Ginori: 1, Guadagni: 4,
      Lamberteschi: 1, Medici: 6, Pazzi: 1, Peruzzi: 3, Ridolfi: 3, Salviati: 2, Strozzi: 4, Tornabuoni: 3,
    },
    // networkx 2.8.8 betweenness_centrality(G)
    betweenness: {
      Acciaiuoli: 0.0, Albizzi: 0.21245421245421245, Barbadori: 0.09340659340659341,
      Bischeri: 0.1043956043956044, Castellani: 0.05494505494505495, Ginori: 0.0,
      Guadagni: 0.2545787545787546, Lamberteschi: 0.0, Medici: 0.521978021978022, Pazzi: 0.0,
      Peruzzi: 0.02197802197802198, Ridolfi: 0.11355311355311355, Salviati: 0.14285714285714288,
      Strozzi: 0.10256410256410257, Tornabuoni: 0.09157509157509157,
    },
    // networkx 2.8.8 closeness_centrality(G)
    closeness: {
      Acciaiuoli: 0.3684210526315789, Albizzi: 0.4827586206896552, Barbadori: 0.4375, Bischeri: 0.4,
      Castellani: 0.3888888888888889, Ginori: 0.3333333333333333, Guadagni: 0.4666666666666667,
      Lamberteschi: 0.32558139534883723, Medici: 0.56, Pazzi: 0.2857142857142857, Peruzzi: 0.3684210526315789,
      Ridolfi: 0.5, Salviati: 0.3888888888888889, Strozzi: 0.4375, Tornabuoni: 0.4827586206896552,
    },
    // networkx 2.8.8 harmonic_centrality(G)
    harmonic: {
      Acciaiuoli: 5.916666666666665, Albizzi: 7.833333333333333, Barbadori: 7.083333333333332,
      Bischeri: 7.199999999999999, Castellani: 6.916666666666665, Ginori: 5.333333333333333,
      Guadagni: 8.083333333333332, Lamberteschi: 5.366666666666666, Medici: 9.5, Pazzi: 4.766666666666667,
      Peruzzi: 6.783333333333333, Ridolfi: 7.999999999999999, Salviati: 6.583333333333332,
      Strozzi: 7.833333333333332, Tornabuoni: 7.833333333333332,
    },
    // networkx 2.8.8 eigenvector_centrality(G)
    eigenvector: {
      Acciaiuoli: 0.1321573195285342, Albizzi: 0.2439605296754477, Barbadori: 0.2117057470647985,
      Bischeri: 0.28279439587133565, Castellani: 0.25902003784235145, Ginori: 0.07492453160277932,
      Guadagni: 0.28911715732265014, Lamberteschi: 0.0887925311349955, Medici: 0.43031542583499227,
      Pazzi: 0.04481493970386309, Peruzzi: 0.27572243741048336, Ridolfi: 0.34155442590743657,
      Salviati: 0.14592084164171834, Strozzi: 0.35597303264604513, Tornabuoni: 0.325846704169574,
    },
    // networkx 2.8.8 pagerank(G, alpha=0.85, weight="weight")
    pagerank: {
      Acciaiuoli: 0.03065721480230426, Albizzi: 0.07912150238072899, Barbadori: 0.050300712744633685,
      Bischeri: 0.0688615381141211, Castellani: 0.06933028447008721, Ginori: 0.032418257716596434,
      Guadagni: 0.09839859717156549, Lamberteschi: 0.03090932465499793, Medici: 0.14581844065218277,
      Pazzi: 0.036054222996734095, Peruzzi: 0.06787531774407571, Ridolfi: 0.06957417099014798,
      Salviati: 0.061302640987807314, Strozzi: 0.08809849082725613, Tornabuoni: 0.07127928374676082,
    },
    // networkx 2.8.8 clustering(G)
    clustering: {
      Acciaiuoli: 0, Albizzi: 0, Barbadori: 0, Bischeri: 0.3333333333333333, Castellani: 0.3333333333333333,
      Ginori: 0, Guadagni: 0, Lamberteschi: 0, Medici: 0.06666666666666667, Pazzi: 0,
      Peruzzi: 0.6666666666666666, Ridolfi: 0.3333333333333333, Salviati: 0, Strozzi: 0.3333333333333333,
      Tornabuoni: 0.3333333333333333,
    },
    // networkx 2.8.8 core_number(G)
    coreness: {
      Acciaiuoli: 1, Albizzi: 2, Barbadori: 2, Bischeri: 2, Castellani: 2, Ginori: 1, Guadagni: 2,
      Lamberteschi: 1, Medici: 2, Pazzi: 1, Peruzzi: 2, Ridolfi: 2, Salviati: 1, Strozzi: 2, Tornabuoni: 2,
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
  },
};

/** networkx 2.8.8 on weightedDisconnected() (fixtures.ts). */
export const WEIGHTED_DISCONNECTED: NetworkxExpected = {
  nodes: {
    // networkx 2.8.8 G.degree()
    degree: {
      a: 2, b: 3, c: 3, d: 3, e: 1, f: 1, g: 2, h: 1, i: 0,
    },
    // networkx 2.8.8 G.degree(weight="weight")
    weightedDegree: {
      a: 4, b: 6, c: 4, d: 4, e: 2, f: 2, g: 3, h: 1, i: 0,
    },
    // networkx 2.8.8 betweenness_centrality(G)
    betweenness: {
      a: 0.0, b: 0.03571428571428571, c: 0.03571428571428571, d: 0.10714285714285714, e: 0.0, f: 0.0,
      g: 0.03571428571428571, h: 0.0, i: 0.0,
    },
    // networkx 2.8.8 closeness_centrality(G)
    closeness: {
      a: 0.2857142857142857, b: 0.4, c: 0.4, d: 0.4, e: 0.25, f: 0.16666666666666666, g: 0.25,
      h: 0.16666666666666666, i: 0.0,
    },
    // networkx 2.8.8 harmonic_centrality(G)
    harmonic: {
      a: 2.8333333333333335, b: 3.5, c: 3.5, d: 3.5, e: 2.333333333333333, f: 1.5, g: 2.0, h: 1.5, i: 0,
    },
    // networkx 2.8.8 eigenvector_centrality(G)
    eigenvector: {
      a: 0.40669370997893467, b: 0.5370769634424462, c: 0.5370769634424462, d: 0.4747497391468561,
      e: 0.17974866357686245, f: 4.024202516512873e-06, g: 5.691081776588444e-06, h: 4.024202516512873e-06,
      i: 9.03087741074449e-17,
    },
    // networkx 2.8.8 pagerank(G, alpha=0.85, weight="weight")
    pagerank: {
      a: 0.11678529706396831, b: 0.17161961281885368, c: 0.11972731125039174, d: 0.1311998620395599,
      e: 0.07416484934256391, f: 0.11988190544638064, g: 0.1790728473519014, h: 0.06914340671092037,
      i: 0.018404907975460127,
    },
    // networkx 2.8.8 clustering(G)
    clustering: {
      a: 1.0, b: 0.6666666666666666, c: 0.6666666666666666, d: 0.3333333333333333, e: 0, f: 0, g: 0, h: 0,
      i: 0,
    },
    // networkx 2.8.8 core_number(G)
    coreness: {
      a: 2, b: 2, c: 2, d: 2, e: 1, f: 1, g: 1, h: 1, i: 0,
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
  },
};
