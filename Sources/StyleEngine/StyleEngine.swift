/// CSS without a browser (issue #3): tokenizer, parser, selector matching, cascade and the computed
/// values that rules need. Reads only local style sheets; never the network.
public enum StyleEngine {
    public static let version = 1
}
