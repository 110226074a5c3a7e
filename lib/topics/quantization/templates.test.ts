import { QUANTIZATION_TEMPLATES } from "./templates";
import { checkTopicBank } from "@/lib/topics/topic-bank-checks";

checkTopicBank(QUANTIZATION_TEMPLATES, "quantization", "quant");
