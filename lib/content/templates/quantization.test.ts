import { QUANTIZATION_TEMPLATES } from "./quantization";
import { checkTopicBank } from "./topic-bank-checks";

checkTopicBank(QUANTIZATION_TEMPLATES, "quantization", "quant");
