/// HTML defaults (after the HTML Standard's rendering section and common browser values), enough for
/// display, hiding, headings, emphasis, links, form controls and the default focus ring.
enum UserAgentStyleSheet {
    static let sheet = StyleSheet(parsing: text)

    static let text = """
    html, body, address, blockquote, center, dialog, div, figure, figcaption, footer, form, header, hr,
    legend, listing, main, p, plaintext, pre, search, xmp, article, aside, h1, h2, h3, h4, h5, h6, hgroup,
    nav, section, dir, dd, dl, dt, menu, ol, ul, fieldset, details, summary, optgroup, frameset, frame { display: block; }
    li { display: list-item; }
    table { display: table; }
    caption { display: table-caption; }
    colgroup { display: table-column-group; }
    col { display: table-column; }
    thead { display: table-header-group; }
    tbody { display: table-row-group; }
    tfoot { display: table-footer-group; }
    tr { display: table-row; }
    td, th { display: table-cell; }
    input, select, button, textarea, meter, progress, marquee { display: inline-block; }
    area, base, basefont, datalist, link, meta, noembed, noframes, param, rp, script, style, template, title,
    noscript { display: none; }
    /* libxml2's HTML4 parser leaves body content that follows head elements inside <head>
       (<style>…</style><button>); browsers move it to <body>. So <head> itself stays rendered
       (its metadata children are hidden above) and such content is seen as a browser shows it. */
    head { display: contents; }
    [hidden]:not([hidden=until-found i]) { display: none; }
    [hidden=until-found i] { content-visibility: hidden; }
    input[type=hidden i] { display: none !important; }
    dialog:not([open]) { display: none; }
    details:not([open]) > :not(summary:first-of-type) { display: none; }

    body { margin: 8px; }
    h1 { font-size: 2em; margin: 0.67em 0; font-weight: bold; }
    h2 { font-size: 1.5em; margin: 0.83em 0; font-weight: bold; }
    h3 { font-size: 1.17em; margin: 1em 0; font-weight: bold; }
    h4 { font-size: 1em; margin: 1.33em 0; font-weight: bold; }
    h5 { font-size: 0.83em; margin: 1.67em 0; font-weight: bold; }
    h6 { font-size: 0.67em; margin: 2.33em 0; font-weight: bold; }
    p, blockquote, figure, dl, ol, ul, menu, dir, pre { margin-top: 1em; margin-bottom: 1em; }
    b, strong { font-weight: bolder; }
    th { font-weight: bold; text-align: center; }
    i, cite, em, var, dfn, address { font-style: italic; }
    small, sub, sup { font-size: smaller; }
    big { font-size: larger; }
    pre, xmp, plaintext, listing { white-space: pre; }
    nobr { white-space: nowrap; }
    center { text-align: center; }
    u, ins { text-decoration: underline; }
    s, strike, del { text-decoration: line-through; }
    abbr[title], acronym[title] { text-decoration: dotted underline; }
    mark { background-color: yellow; color: black; }
    hr { color: gray; border-style: inset; border-width: 1px; }

    a:link { color: #0000ee; text-decoration: underline; cursor: pointer; }
    a:visited { color: #551a8b; text-decoration: underline; cursor: pointer; }
    a:any-link:active { color: #ff0000; }

    button, input, select, textarea { font-size: 13.333px; font-weight: normal; font-style: normal; letter-spacing: normal; word-spacing: normal; line-height: normal; text-indent: 0; }
    button, input[type=button i], input[type=submit i], input[type=reset i] { background-color: #efefef; color: black; border: 2px outset #767676; padding: 1px 6px; }
    input, textarea, select { background-color: white; color: black; }
    input, textarea { border: 2px inset #767676; padding: 1px 2px; }
    select { border: 1px solid #767676; }

    :focus-visible { outline: auto 1px -webkit-focus-ring-color; }
    """
}
