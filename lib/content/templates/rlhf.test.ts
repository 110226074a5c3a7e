import { RLHF_TEMPLATES } from "./rlhf";
import { checkTopicBank } from "./topic-bank-checks";

checkTopicBank(RLHF_TEMPLATES, "rlhf", "rlhf", { distinctMisconceptions: true });
