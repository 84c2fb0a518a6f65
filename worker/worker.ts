/** Worker entry: exposes the runtime over Comlink. */
import * as Comlink from "comlink";
import pythonFiles, { sourceHash } from "virtual:streamlit-python";
import { createRuntime } from "./runtime.js";

Comlink.expose(createRuntime({ pythonFiles, sourceHash }));
