import Foundation

// Dispatches `xpgraph <command> [arguments]` to the command's type.

let commandLine = Array(CommandLine.arguments.dropFirst())
let exitCode = await CommandDispatch.run(commandLine)
exit(exitCode)
