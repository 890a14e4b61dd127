/// The smallest commons with one of each kind of page, written inline.
enum SmallCommons {
    static let files: [String: String] = [
        "commons.md": "---\ntitle: Test Commons\nbase_url: https://example.org/our/commons/\n---\nHello.\n",
        "projects/maps.md": "---\ntitle: Maps\nlicense: ODbL-1.0\nmaintainers: [amara]\n---\nWe map the river.\n",
        "contributors/amara.md": "---\nname: Amara Okafor\n---\n",
        "contributors/jonas.md": "---\nname: Jonas Weber\naffiliation: Library\n---\n",
        "contributions/2026/03/legend.md": contribution("amara", hours: 3),
        "contributions/2026/04/fountains.md": "---\ncontributor: jonas\nproject: maps\ndate: 2026-04-02\nkind: code\nhours: 2\n---\nFixed the fountain layer.\n",
        "governance/2026/odbl.md": "---\ntitle: Publish under the ODbL\nauthor: amara\nproject: maps\nopened: 2026-03-20\nvotes:\n  amara: yes\n---\nLet us publish.\n",
        "pages/about.md": "---\ntitle: About us\n---\nWe are neighbours.\n",
        "assets/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
    ]

    static func contribution(_ handle: String, hours: Int, project: String = "maps") -> String {
        "---\ncontributor: \(handle)\nproject: \(project)\ndate: 2026-03-14\nkind: data\nhours: \(hours)\n---\nSurveyed the toilets.\n"
    }
}
