// The floor of the start-up benchmark: a console app that starts the runtime and writes one line.
System.Console.WriteLine("empty");
