using InferCost.Cli;

return InferCostCli.Run(args, Console.Out, Console.Error);
