import AuditCore
import ArgumentParser
import Foundation

struct ChecklistsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklists", abstract: "List the built-in checklists, or validate checklist files.",
        subcommands: [List.self, Validate.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the built-in checklists.")

        @Option(name: .long, help: "Language: zh-CN or en.")
        var lang: ReportLanguage = .zh

        func run() throws {
            do {
                for checklist in try ChecklistCatalog.builtIn() {
                    let automated = checklist.items.filter { !$0.isManual }.count
                    print("\(checklist.id.padding(toLength: 18, withPad: " ", startingAt: 0)) \(checklist.title.text(lang)) "
                        + "(\(checklist.items.count) items, \(automated) automated, pass mark \(Int(checklist.scoring.passMark)))")
                }
            } catch {
                printError("wza: \(error)")
                throw ExitStatus.usage.exitCode
            }
        }
    }

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "validate", abstract: "Validate checklist YAML files (exit 2 on any problem).")

        @Argument(help: "Checklist YAML files.")
        var files: [String]

        func run() throws {
            var failed = false
            for file in files {
                do {
                    let checklist = try ChecklistCatalog.load(file: URL(fileURLWithPath: file))
                    print("\(file): ok (\(checklist.id), \(checklist.items.count) items)")
                } catch {
                    failed = true
                    printError("\(error)")
                }
            }
            if failed { throw ExitStatus.usage.exitCode }
        }
    }
}
